package app.agora.listening.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CentroidThemeGroupingTests {

	final CentroidThemeGrouping grouping = new CentroidThemeGrouping(TextConfiguration.THEME_SIMILARITY,
			KeyPhrasesTests.KEY_PHRASES);

	static final List<String> TEXTS = List.of("My card still hasn't arrived.",
			"I'm still waiting for my new card to be delivered.", "When will my card arrive?",
			"How do I change my PIN?", "I want to change the PIN of my card.", "Can I pick a new PIN?",
			"Why was I charged a fee for my transfer?", "There is an extra fee on my transfer.",
			"The transfer came with a fee I didn't expect.");

	@Test
	void groupsParaphrasesTogetherAndApart() {
		int[] groups = grouping.group(OnnxSentenceEmbeddingsTests.EMBEDDINGS.embed(TEXTS));

		assertThat(groups[0]).isEqualTo(groups[1]).isEqualTo(groups[2]);
		assertThat(groups[3]).isEqualTo(groups[4]).isEqualTo(groups[5]);
		assertThat(groups[6]).isEqualTo(groups[7]).isEqualTo(groups[8]);
		assertThat(groups[0]).isNotEqualTo(groups[3]).isNotEqualTo(groups[6]);
		assertThat(groups[3]).isNotEqualTo(groups[6]);
		assertThat(groups[0]).isZero();
	}

	@Test
	void newItemsJoinTheNearestThemeOrStartOne() {
		List<float[]> v = OnnxSentenceEmbeddingsTests.EMBEDDINGS.embed(TEXTS);
		ThemeCentroid cards = new ThemeCentroid(7, v.get(0), 1);
		cards = new ThemeCentroid(7, grouping.joined(cards, v.get(1)), 2);
		ThemeCentroid pins = new ThemeCentroid(9, v.get(3), 1);

		assertThat(grouping.nearest(v.get(2), List.of(cards, pins))).isEqualTo(OptionalLong.of(7));
		assertThat(grouping.nearest(v.get(5), List.of(cards, pins))).isEqualTo(OptionalLong.of(9));
		assertThat(grouping.nearest(v.get(7), List.of(cards, pins))).isEmpty();
		assertThat(grouping.nearest(v.get(7), List.of())).isEmpty();
		assertThat(grouping.nearest(new float[384], List.of(cards, pins))).isEmpty();
	}

	@Test
	void movesTheCentroidAsItemsJoinAndLeave() {
		ThemeCentroid theme = new ThemeCentroid(1, new float[]{1, 0}, 1);

		float[] joined = grouping.joined(theme, new float[]{0, 1});
		assertThat(joined[0]).isCloseTo(0.5f, offset(1e-6f));
		assertThat(joined[1]).isCloseTo(0.5f, offset(1e-6f));
		float[] left = grouping.left(new ThemeCentroid(1, joined, 2), new float[]{0, 1});
		assertThat(left[0]).isCloseTo(1f, offset(1e-6f));
		assertThat(left[1]).isCloseTo(0f, offset(1e-6f));
		assertThat(grouping.left(theme, new float[]{1, 0})).containsExactly(0f, 0f);
	}

	@Test
	void groupsZeroVectorsAlone() {
		List<float[]> v = OnnxSentenceEmbeddingsTests.EMBEDDINGS
				.embed(List.of("", "My card has not arrived.", "", "My card still hasn't come."));

		int[] groups = grouping.group(v);
		assertThat(groups[1]).isEqualTo(groups[3]);
		assertThat(groups[0]).isNotIn(groups[1], groups[2]);
		assertThat(grouping.group(List.of())).isEmpty();
	}

	@Test
	void namesGroupsByTheirKeyPhrases() {
		List<String> names = grouping.names(List.of(TEXTS.subList(0, 3), TEXTS.subList(3, 6), TEXTS.subList(6, 9)));

		assertThat(names.get(0)).contains("card");
		assertThat(names.get(1)).contains("pin");
		assertThat(names.get(2)).contains("fee").contains("transfer");
	}
}
