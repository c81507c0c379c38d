package app.agora.federation.internal.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import app.agora.federation.FieldSpec;
import app.agora.federation.FieldType;
import app.agora.federation.LinkageMode;
import app.agora.federation.LinkageSettings;
import app.agora.federation.SourceRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class LinkageComparisonTests {

	@Test
	void namesCompareAfterNormalisingCaseAndAccents() {
		assertThat(level(FieldType.NAME, "Élodie ", "elodie")).isEqualTo("exact");
		assertThat(level(FieldType.NAME, "O'Neil", "oneil")).isEqualTo("exact");
	}

	@Test
	void nicknamesAndSmallTyposAreCloseNames() {
		assertThat(level(FieldType.NAME, "Robert", "Rob")).isEqualTo("nickname or Jaro–Winkler ≥ 0.92");
		assertThat(level(FieldType.NAME, "William", "Bill")).isEqualTo("nickname or Jaro–Winkler ≥ 0.92");
		assertThat(level(FieldType.NAME, "Johnson", "Jonhson")).isEqualTo("nickname or Jaro–Winkler ≥ 0.92");
		assertThat(level(FieldType.NAME, "Allen", "Alan")).isEqualTo("Jaro–Winkler ≥ 0.8");
		assertThat(level(FieldType.NAME, "Martin", "Dubois")).isEqualTo("different");
	}

	@Test
	void swappedGivenAndFamilyNamesAreRecognised() {
		var settings = settings(new FieldSpec("given", FieldType.NAME), new FieldSpec("family", FieldType.NAME));
		var table = RecordTable.of(settings, List.of(record(Map.of("given", "Isla", "family", "Hall")),
				record(Map.of("given", "Hall", "family", "Isla"))));
		var vectors = new ComparisonVectors(table);
		long vector = vectors.compare(0, 1);

		assertThat(ComparisonVectors.level(vector, 0)).isEqualTo(NameComparator.SWAPPED);
		assertThat(ComparisonVectors.level(vector, 1)).isEqualTo(NameComparator.SWAPPED);
	}

	@Test
	void datesWrittenDifferentlyAreTheSameDate() {
		assertThat(level(FieldType.DATE, "1971-06-24", "24/06/1971")).isEqualTo("exact");
		assertThat(level(FieldType.DATE, "1971-06-24", "19710624")).isEqualTo("exact");
		assertThat(level(FieldType.DATE, "1971-6-4", "04.06.1971")).isEqualTo("exact");
	}

	@Test
	void aSlipInADateIsOneEdit() {
		String oneEdit = "one edit or day and month swapped";
		assertThat(level(FieldType.DATE, "1971-06-24", "1971-05-24")).isEqualTo(oneEdit);
		assertThat(level(FieldType.DATE, "1971-06-24", "1971-06-42")).isEqualTo(oneEdit);
		assertThat(level(FieldType.DATE, "1971-06-04", "1971-04-06")).isEqualTo(oneEdit);
		assertThat(level(FieldType.DATE, "1974-10-05", "1984-10-03")).isEqualTo("two edits");
		assertThat(level(FieldType.DATE, "1992-11-20", "2003-01-17")).isEqualTo("different");
	}

	@Test
	void phonesInAnyFormatCompareInE164() {
		for (String other : List.of("+33 6 12 34 56 78", "0033612345678", "06.12.34.56.78", "+33612345678")) {
			assertThat(level(FieldType.PHONE, "06 12 34 56 78", other)).as(other).isEqualTo("exact");
		}
		assertThat(level(FieldType.PHONE, "06 12 34 56 78", "06 12 34 56 87"))
				.isEqualTo("same last 9 digits or one edit");
		assertThat(level(FieldType.PHONE, "06 12 34 56 78", "07 98 76 54 32")).isEqualTo("different");
	}

	@Test
	void emailsCompareWithoutCaseAndByUserName() {
		assertThat(level(FieldType.EMAIL, "Jane.Doe@Example.com", "jane.doe@example.com")).isEqualTo("exact");
		assertThat(level(FieldType.EMAIL, "jane.doe@gmail.com", "jane.doe@yahoo.fr")).isEqualTo("same user name");
		assertThat(level(FieldType.EMAIL, "evied56@harris-bailey.net", "evihd56@earris-bailey.net"))
				.isEqualTo("Jaro–Winkler ≥ 0.9");
		assertThat(level(FieldType.EMAIL, "jane.doe@gmail.com", "bob@work.org")).isEqualTo("different");
	}

	@Test
	void postcodesAndIdentifiersIgnoreSpacingAndCase() {
		assertThat(level(FieldType.POSTCODE, "sw1a 1aa", "SW1A1AA")).isEqualTo("exact");
		assertThat(level(FieldType.POSTCODE, "74000", "74001")).isEqualTo("one edit");
		assertThat(level(FieldType.IDENTIFIER, "c-00123", "C00123")).isEqualTo("exact");
		assertThat(level(FieldType.IDENTIFIER, "C00123", "C00132")).isEqualTo("one edit");
	}

	@Test
	void blankValuesAreMissing() {
		assertThat(level(FieldType.TEXT, " ", "London")).isEqualTo("missing");
		assertThat(level(FieldType.DATE, "not a date", "1971-06-24")).isEqualTo("missing");
	}

	@Test
	void theJaroWinklerShortcutNeverHidesASimilarPair() {
		var random = new Random(7);
		var reference = new JaroWinklerSimilarity();
		for (int n = 0; n < 20_000; n++) {
			String a = word(random);
			String b = random.nextBoolean() ? word(random) : typo(a, random);
			double exact = reference.apply(a, b);
			assertThat(JaroWinkler.upperBound(a, b)).as("%s / %s", a, b).isGreaterThanOrEqualTo(exact - 1e-12);
			for (double floor : new double[]{0.8, 0.92}) {
				assertThat(JaroWinkler.similarity(a, b, floor) >= floor).isEqualTo(exact >= floor);
			}
		}
	}

	@Test
	void editDistanceCountsASwapOfNeighboursAsOne() {
		assertThat(EditDistance.of("19710624", "19716024", 2)).isEqualTo(1);
		assertThat(EditDistance.of("19710624", "19710625", 2)).isEqualTo(1);
		assertThat(EditDistance.of("abcdef", "abdcfe", 2)).isEqualTo(2);
		assertThat(EditDistance.of("abcdef", "uvwxyz", 2)).isEqualTo(3);
		assertThat(EditDistance.of("0612345678", "0612345687", 1)).isEqualTo(1);
		assertThat(EditDistance.of("0612345678", "0612345699", 1)).isEqualTo(2);
	}

	@Test
	void soundexGivesSoundAlikeNamesOneCode() {
		assertThat(Soundex.of("smith")).isEqualTo(Soundex.of("smyth")).isEqualTo("S530");
		assertThat(Soundex.of("robert")).isEqualTo(Soundex.of("rupert")).isEqualTo("R163");
		assertThat(Soundex.of("ashcraft")).isEqualTo("A261");
	}

	private static String level(FieldType type, String a, String b) {
		var settings = settings(new FieldSpec("value", type));
		var table = RecordTable.of(settings, List.of(record(Map.of("value", a)), record(Map.of("value", b))));
		var vectors = new ComparisonVectors(table);
		int level = ComparisonVectors.level(vectors.compare(0, 1), 0);
		return level == ComparisonVectors.MISSING ? "missing" : vectors.comparator(0).levels().get(level);
	}

	private static LinkageSettings settings(FieldSpec... fields) {
		return LinkageSettings.of(LinkageMode.DEDUPLICATE, List.of(fields));
	}

	private static int keys;

	private static SourceRecord record(Map<String, String> fields) {
		return new SourceRecord("test", String.valueOf(++keys), new HashMap<>(fields));
	}

	private static String word(Random random) {
		var word = new StringBuilder();
		int length = 3 + random.nextInt(10);
		for (int i = 0; i < length; i++) {
			word.append((char) ('a' + random.nextInt(random.nextBoolean() ? 6 : 26)));
		}
		return word.toString();
	}

	private static String typo(String word, Random random) {
		int at = random.nextInt(word.length());
		return word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
	}
}
