package app.agora.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public API on the first 300 rows of fake_1000 (synthetic people, clusters
 * of duplicates).
 */
class LinkageResolutionTests {

	private static final List<FieldSpec> FIELDS = List.of(new FieldSpec("first_name", FieldType.NAME),
			new FieldSpec("surname", FieldType.NAME), new FieldSpec("dob", FieldType.DATE),
			new FieldSpec("city", FieldType.TEXT), new FieldSpec("email", FieldType.EMAIL));
	private static final LinkageSettings SETTINGS = LinkageSettings.of(LinkageMode.DEDUPLICATE, FIELDS);

	private static List<SourceRecord> people;
	private static Resolution resolution;

	@BeforeAll
	static void resolveTheSample() {
		people = sample();
		resolution = new IdentityResolution(SETTINGS).resolve(people);
	}

	@Test
	void nicknameAndTypoStillLink() {
		// Robert Alan, Robert Allen, Rob Allen and Robert Alen are one person
		assertThat(clusterOf("0")).isEqualTo(clusterOf("1")).isEqualTo(clusterOf("2")).isEqualTo(clusterOf("3"));
		assertThat(clusterOf("0")).isNotEqualTo(clusterOf("4"));
	}

	@Test
	void swappedNamesStillLink() {
		// Isla Hall and Hall Isla, same birth date and email
		assertThat(clusterOf("11")).isEqualTo(clusterOf("12"));
	}

	@Test
	void emailAgreementOutweighsCityDisagreement() {
		var email = weights("email");
		var city = weights("city");
		assertThat(email.getFirst().weight()).isGreaterThan(Math.abs(city.getLast().weight()));
		assertThat(email.getFirst().weight()).isGreaterThan(0);
		assertThat(city.getLast().weight()).isLessThan(0);
	}

	@Test
	void everyScoreExplainsEachField() {
		var pair = resolution.pairs().stream().filter(p -> p.left().key().equals("0") && p.right().key().equals("2"))
				.findFirst().orElseThrow();

		assertThat(pair.classification()).isEqualTo(Classification.LINK);
		assertThat(pair.comparisons()).extracting(Comparison::field).containsExactly("first_name", "surname", "dob",
				"city", "email");
		assertThat(pair.comparisons()).extracting(Comparison::level).containsExactly("nickname or Jaro–Winkler ≥ 0.92",
				"Jaro–Winkler ≥ 0.8", "exact", "missing", "Jaro–Winkler ≥ 0.9");
		var city = pair.comparisons().get(3);
		assertThat(city.left()).isNull();
		assertThat(city.right()).isEqualTo("london");
		assertThat(city.weight()).isZero();
		double prior = Math.log(resolution.model().prior() / (1 - resolution.model().prior())) / Math.log(2);
		double sum = pair.comparisons().stream().mapToDouble(Comparison::weight).sum();
		assertThat(pair.weight()).isCloseTo(prior + sum, within(1e-9));
		assertThat(pair.probability()).isCloseTo(1 / (1 + Math.pow(2, -pair.weight())), within(1e-12));
		assertThat(pair.explanation()).contains("dob exact", "first_name nickname");
	}

	@Test
	void eachRecordIsInExactlyOneCluster() {
		var members = resolution.clusters().stream().flatMap(c -> c.members().stream()).toList();
		assertThat(members).hasSize(people.size()).doesNotHaveDuplicates();
		assertThat(resolution.candidatePairs()).isLessThan(people.size() * (people.size() - 1L) / 2);
	}

	@Test
	void aLearnedModelScoresNewPairs() {
		var model = resolution.model();
		var score = model.score(person("a", "Grace", "Kelly", "1991-04-26", "Hull", "grace.kelly52@jones.com"),
				person("b", "Gracie", "Kelly", "1991-04-26", null, "GRACE.KELLY52@jones.com"));
		var stranger = model.score(person("a", "Grace", "Kelly", "1991-04-26", "Hull", "grace.kelly52@jones.com"),
				person("c", "Oliver", "Griffiths", "1962-10-26", "Leeds", "o.griffiths90@reyes.com"));

		assertThat(score.classification()).isEqualTo(Classification.LINK);
		assertThat(stranger.classification()).isEqualTo(Classification.NONE);
		assertThat(stranger.probability()).isLessThan(0.01);
	}

	@Test
	void sameNormalisedEmailLinksByRule() {
		var model = resolution.model();
		var score = model.score(person("a", "Jo", null, null, null, " Jo.Smith@Mail.com"),
				person("b", null, "Smith", null, "Paris", "jo.smith@mail.com"));

		assertThat(score.rule()).isEqualTo("same email");
		assertThat(score.classification()).isEqualTo(Classification.LINK);
	}

	@Test
	void householdSharingAnEmailIsNotOnePerson() {
		var model = resolution.model();
		var score = model.score(person("a", "Anne", "Martin", "1961-03-02", "Lyon", "famille.martin@free.fr"),
				person("b", "Lucas", "Martin", "1994-11-23", "Lyon", "famille.martin@free.fr"));

		assertThat(score.classification()).isEqualTo(Classification.NONE);
		assertThat(score.rule()).isEqualTo("different first_name and dob");
	}

	@Test
	void samePhoneWrittenDifferentlyAndSameCustomerNumberLinkByRule() {
		var fields = List.of(new FieldSpec("name", FieldType.NAME), new FieldSpec("phone", FieldType.PHONE),
				new FieldSpec("customer", FieldType.IDENTIFIER));
		var records = List.of(record("shop", "1", Map.of("name", "Léa Petit", "phone", "06 12 34 56 78")),
				record("billing", "A", Map.of("name", "Lea Petit", "phone", "+33612345678")),
				record("shop", "2", Map.of("name", "Marc Dupont", "customer", "C-0042")),
				record("support", "X", Map.of("name", "Dupont Marc-Antoine", "customer", "c0042")),
				record("shop", "3", Map.of("name", "Sophie Bernard", "phone", "07 00 00 00 01")));

		var result = new IdentityResolution(LinkageSettings.of(LinkageMode.LINK, fields)).resolve(records);

		assertThat(result.pairs()).filteredOn(p -> p.classification() == Classification.LINK)
				.extracting(p -> p.left().key() + "-" + p.right().key() + " " + p.rule())
				.containsExactlyInAnyOrder("1-A same phone", "2-X same customer");
		assertThat(result.clusters()).hasSize(3);
	}

	@Test
	void thresholdsOnProbabilityDecideLinkReviewOrNothing() {
		var settings = SETTINGS.withThresholds(0.95, 0.6);
		assertThat(settings.classify(0.97)).isEqualTo(Classification.LINK);
		assertThat(settings.classify(0.95)).isEqualTo(Classification.LINK);
		assertThat(settings.classify(0.8)).isEqualTo(Classification.REVIEW);
		assertThat(settings.classify(0.6)).isEqualTo(Classification.REVIEW);
		assertThat(settings.classify(0.59)).isEqualTo(Classification.NONE);
		assertThatThrownBy(() -> SETTINGS.withThresholds(0.5, 0.9)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aStricterLinkThresholdSendsWeakerPairsToReview() {
		var strict = new IdentityResolution(SETTINGS.withThresholds(0.999999, 0.5)).resolve(people);

		assertThat(strict.pairs()).anyMatch(p -> p.classification() == Classification.REVIEW);
		assertThat(strict.pairs()).allMatch(
				p -> p.classification() != Classification.LINK || p.rule() != null || p.probability() >= 0.999999);
		assertThat(strict.clusters().size()).isGreaterThanOrEqualTo(resolution.clusters().size());
	}

	@Test
	void fieldSpecsReadNameAndType() {
		assertThat(FieldSpec.parse("dob:date")).isEqualTo(new FieldSpec("dob", FieldType.DATE));
		assertThat(FieldSpec.parse(" surname : NAME ")).isEqualTo(new FieldSpec("surname", FieldType.NAME));
		assertThatThrownBy(() -> FieldSpec.parse("dob:birthday")).hasMessageContaining("birthday");
	}

	private static List<LinkageModel.LevelWeight> weights(String field) {
		return resolution.model().fields().stream().filter(f -> f.field().name().equals(field)).findFirst()
				.orElseThrow().levels();
	}

	private static int clusterOf(String key) {
		return resolution.clusters().stream().filter(c -> c.members().stream().anyMatch(m -> m.key().equals(key)))
				.findFirst().orElseThrow().id();
	}

	private static SourceRecord person(String key, String first, String surname, String dob, String city,
			String email) {
		var fields = new HashMap<String, String>();
		fields.put("first_name", first);
		fields.put("surname", surname);
		fields.put("dob", dob);
		fields.put("city", city);
		fields.put("email", email);
		return new SourceRecord("test", key, fields);
	}

	private static SourceRecord record(String source, String key, Map<String, String> fields) {
		return new SourceRecord(source, key, fields);
	}

	private static List<SourceRecord> sample() {
		try (var in = LinkageResolutionTests.class.getResourceAsStream("/linkage/fake_300.csv");
				var reader = new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8)) {
			var records = new ArrayList<SourceRecord>();
			for (var row : CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
				var fields = new HashMap<String, String>();
				for (var field : FIELDS) {
					fields.put(field.name(), row.get(field.name()));
				}
				records.add(new SourceRecord("fake", row.get("unique_id"), fields));
			}
			return records;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
