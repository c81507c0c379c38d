package app.agora.listening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.agora.listening.SignalRule;
import app.agora.listening.SignalScope;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WindowMeasureTests {

	private static final SignalRule RULE = new SignalRule(SignalScope.THEME, true, 14, 3, 0.45, 0.6, 1.5, 4, 30, null,
			null);

	@Test
	void coherenceIsTheMeanCosineToTheCentre() {
		// two orthogonal directions: each is 45° from their centre
		assertThat(WindowMeasure.coherence(List.of(new float[]{2, 0}, new float[]{0, 5})))
				.isCloseTo(Math.cos(Math.PI / 4), within(1e-9));
		assertThat(WindowMeasure.coherence(List.of(new float[]{1, 1}, new float[]{3, 3}, new float[]{0.5f, 0.5f})))
				.isCloseTo(1.0, within(1e-9));
		// opposite directions cancel out
		assertThat(WindowMeasure.coherence(List.of(new float[]{1, 0}, new float[]{-1, 0}))).isCloseTo(0.0,
				within(1e-9));
	}

	@Test
	void zeroVectorsAreLeftOut() {
		assertThat(WindowMeasure.coherence(List.of(new float[]{0, 0}, new float[]{1, 0}))).isEqualTo(1.0);
		assertThat(WindowMeasure.coherence(List.of(new float[]{0, 0}))).isZero();
		assertThat(WindowMeasure.coherence(List.of())).isZero();
	}

	@Test
	void embeddingsAreReadOnlyWhenTheOtherConditionsAreMet() {
		List<WindowItem> twoCustomers = List.of(item(1, "a"), item(2, "b"), item(3, "a"));
		WindowMeasure few = WindowMeasure.of(twoCustomers, 0, RULE, () -> {
			throw new AssertionError("embeddings read for a window that cannot meet the rule");
		});
		assertThat(few.customers()).isEqualTo(2);
		assertThat(few.coherence()).isNaN();
		assertThat(few.meets(RULE)).isFalse();

		List<WindowItem> four = IntStream.rangeClosed(1, 4).mapToObj(i -> item(i, "c" + i)).toList();
		WindowMeasure measured = WindowMeasure.of(four, 1, RULE,
				() -> List.of(new float[]{1, 0}, new float[]{1, 0}, new float[]{1, 0}, new float[]{1, 0}));
		assertThat(measured.coherence()).isEqualTo(1.0);
		assertThat(measured.rise()).isEqualTo(4.0);
		assertThat(measured.meets(RULE)).isTrue();
	}

	private static WindowItem item(long id, String customer) {
		return new WindowItem(id, "NEGATIVE", customer);
	}
}
