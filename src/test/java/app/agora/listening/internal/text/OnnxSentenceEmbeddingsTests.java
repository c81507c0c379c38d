package app.agora.listening.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OnnxSentenceEmbeddingsTests {

	/** One model for the class: loading it takes a second or two. */
	static final OnnxSentenceEmbeddings EMBEDDINGS = new OnnxSentenceEmbeddings(1);

	@Test
	void givesOneUnitLengthVectorPerTextInOrder() {
		List<float[]> vectors = EMBEDDINGS.embed(List.of("My card has not arrived yet.", "How do I reset my password?",
				"The parcel came two weeks late and the box was crushed."));

		assertThat(vectors).hasSize(3);
		for (float[] vector : vectors) {
			assertThat(vector).hasSize(EMBEDDINGS.dimension());
			assertThat(Vectors.dot(vector, vector)).isCloseTo(1.0, offset(1e-4));
		}
		List<float[]> alone = EMBEDDINGS.embed(List.of("How do I reset my password?"));
		assertThat(Vectors.cosine(alone.getFirst(), vectors.get(1))).isCloseTo(1.0, offset(0.02));
	}

	@Test
	void scoresParaphrasesAboveUnrelatedSentences() {
		List<float[]> v = EMBEDDINGS.embed(List.of("I am still waiting for my card to arrive.",
				"My new card hasn't been delivered yet.", "What is the exchange rate for euros?"));

		double paraphrase = Vectors.dot(v.get(0), v.get(1));
		double unrelated = Vectors.dot(v.get(0), v.get(2));
		assertThat(paraphrase).isGreaterThan(0.6).isGreaterThan(unrelated + 0.3);
	}

	/**
	 * Nearly: the int8 model quantises its activations with one scale per model
	 * call, so the other texts of a batch move a vector a little.
	 */
	@Test
	void embedsTheSameTextNearlyTheSameWayWhateverTheBatch() {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 70; i++) {
			texts.add("Order number " + i + " " + "arrived broken ".repeat(i % 7));
		}
		List<float[]> batch = EMBEDDINGS.embed(texts);
		List<String> reversed = new ArrayList<>(texts);
		Collections.reverse(reversed);
		List<float[]> other = EMBEDDINGS.embed(reversed);

		for (int i = 0; i < texts.size(); i++) {
			assertThat(Vectors.cosine(batch.get(i), other.get(texts.size() - 1 - i))).isCloseTo(1.0, offset(0.02));
		}
	}

	@Test
	void givesZeroVectorsToTextWithoutWords() {
		List<String> texts = new ArrayList<>();
		texts.add(null);
		texts.add("");
		texts.add("   \n\t ");
		texts.add("\u0000\u0001\u0002\uFFFD");
		List<float[]> vectors = EMBEDDINGS.embed(texts);

		assertThat(vectors).hasSize(4).allSatisfy(vector -> assertThat(Vectors.isZero(vector)).isTrue())
				.allSatisfy(vector -> assertThat(vector).hasSize(384));
	}

	@Test
	void embedsEnormousAndBinaryTextWithoutFailing() {
		List<float[]> vectors = EMBEDDINGS
				.embed(List.of(BadInput.enormous(), BadInput.binary(), BadInput.brokenUnicode(), "ok"));

		assertThat(vectors).hasSize(4).allSatisfy(vector -> assertThat(vector).hasSize(384));
		assertThat(Vectors.dot(vectors.getFirst(), vectors.getFirst())).isCloseTo(1.0, offset(1e-4));
	}

	@Test
	void isSafeToShareBetweenThreads() throws Exception {
		List<String> texts = List.of("Where is my parcel?", "The refund never came.", "I love the new app!",
				"How do I close my account?");
		List<float[]> expected = EMBEDDINGS.embed(texts);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<float[]>>> answers = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				answers.add(pool.submit(() -> EMBEDDINGS.embed(texts)));
			}
			for (Future<List<float[]>> answer : answers) {
				List<float[]> vectors = answer.get();
				for (int t = 0; t < texts.size(); t++) {
					assertThat(Vectors.cosine(vectors.get(t), expected.get(t))).isCloseTo(1.0, offset(1e-4));
				}
			}
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void loadsTheModelOnlyWhenAWordIsToBeEmbedded() {
		OnnxSentenceEmbeddings embeddings = new OnnxSentenceEmbeddings(1);
		embeddings.embed(List.of("", "  "));

		assertThat(embeddings.isLoaded()).isFalse();
		assertThat(embeddings.embed(List.of())).isEmpty();
	}

	@Test
	void readsAModelThatGivesOneVectorATextAsWellAsOneThatGivesEveryTokens() {
		// A stand-in for a distilled student (tools/feedback-encoder): its output is
		// texts × 384, each text's vector its token count times one fixed direction.
		OnnxSentenceEmbeddings oneVectorAText = new OnnxSentenceEmbeddings(1, "/listening/one-vector-a-text.onnx");
		List<String> texts = List.of("a much longer message about a card that never arrived in the post", "refund", "",
				"where is my card");

		List<float[]> vectors = oneVectorAText.embed(texts);

		assertThat(vectors).hasSize(4);
		assertThat(Vectors.isZero(vectors.get(2))).isTrue();
		for (int i : new int[]{0, 1, 3}) {
			assertThat(Vectors.dot(vectors.get(i), vectors.get(i))).isCloseTo(1.0, offset(1e-4));
			assertThat(Vectors.cosine(vectors.get(i), vectors.get(1))).isCloseTo(1.0, offset(1e-5));
		}
		assertThat(vectors.get(1)[0]).isNegative();
		assertThat(vectors.get(1)[383]).isPositive();
	}
}
