package app.agora.listening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionFinderTests {

	private final MentionFinder<String> products = new MentionFinder<>(names());

	private static Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("Annual multi-trip travel insurance", "insurance");
		names.put("annual cover", "insurance");
		names.put("Alta Via 1", "alta-via");
		names.put("Summit Trails", "summit");
		names.put("GR20", "gr20");
		return names;
	}

	@Test
	void findsNamesWhateverTheCaseAndAccents() {
		assertThat(products.find("We booked the ALTA VIA 1 last year")).containsExactly("alta-via");
		assertThat(products.find("Sümmit trâils était moins cher")).containsExactly("summit");
	}

	@Test
	void toleratesATypoInALongNameButNotInAShortOne() {
		assertThat(products.find("went with Sumit Trails instead")).containsExactly("summit");
		assertThat(products.find("the anual multi-trip travel insurence was fine")).containsExactly("insurance");
		assertThat(products.find("the GR21 is next")).isEmpty();
		assertThat(products.find("the GR20 is next")).containsExactly("gr20");
	}

	@Test
	void anAliasNamesWhatItStandsForOnce() {
		assertThat(products.find("annual cover, the annual multi-trip travel insurance: same thing"))
				.containsExactly("insurance");
	}

	@Test
	void wordsInsideOtherWordsDoNotCount() {
		assertThat(products.find("summitry trailsmen")).isEmpty();
		assertThat(products.find("")).isEmpty();
		assertThat(products.find(null)).isEmpty();
	}
}
