package app.agora.listening.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconEmbeddingSentimentTests {

	static final SentimentModel SENTIMENT = new LexiconEmbeddingSentiment(OpenNlpLanguageDetectorTests.DETECTOR);

	static Sentiment of(String text) {
		return SENTIMENT.of(text, OnnxSentenceEmbeddingsTests.EMBEDDINGS.embed(List.of(text)).getFirst());
	}

	@ParameterizedTest
	@ValueSource(strings = {"I love this app, it works perfectly and support was great!",
			"Excellent service, the delivery was fast and the staff were very friendly.",
			"Great product, I would recommend it to anyone.", "Super produit, je le recommande vivement !",
			"Service client excellent, très rapide et très aimable.", "J'adore cette application, elle est parfaite."})
	void findsClearPraisePositive(String text) {
		Sentiment sentiment = of(text);

		assertThat(sentiment.label()).isEqualTo(SentimentLabel.POSITIVE);
		assertThat(sentiment.score()).isPositive().isLessThanOrEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = {"Terrible experience, the product broke after two days and nobody answers.",
			"I hate the new update, it's slow and keeps crashing.", "Worst customer service ever. Never again.",
			"Je suis très déçu, le produit est arrivé cassé.", "Service client nul, c'est une honte.",
			"Ce n'est pas bon du tout, je regrette mon achat."})
	void findsClearComplaintsNegative(String text) {
		Sentiment sentiment = of(text);

		assertThat(sentiment.label()).isEqualTo(SentimentLabel.NEGATIVE);
		assertThat(sentiment.score()).isNegative().isGreaterThanOrEqualTo(-1);
	}

	@Test
	void takesTheLanguageItIsGiven() {
		String text = "Je suis très déçu, le produit est arrivé cassé.";
		float[] embedding = OnnxSentenceEmbeddingsTests.EMBEDDINGS.embed(List.of(text)).getFirst();

		assertThat(SENTIMENT.of(text, embedding, "fr")).isEqualTo(SENTIMENT.of(text, embedding));
		assertThat(SENTIMENT.of("", embedding, "en")).isEqualTo(new Sentiment(0, SentimentLabel.NEUTRAL));
	}

	@Test
	void callsTextWithoutWordsNeutral() {
		for (String text : new String[]{null, "", "   ", "\u0000\u0007", "?!?"}) {
			assertThat(SENTIMENT.of(text, new float[384])).isEqualTo(new Sentiment(0, SentimentLabel.NEUTRAL));
		}
	}

	@Test
	void fallsBackOnTheLexiconWithoutAnEmbedding() {
		assertThat(SENTIMENT.of("This is wonderful, thank you!", null).label()).isEqualTo(SentimentLabel.POSITIVE);
		assertThat(SENTIMENT.of("This is awful.", new float[3]).label()).isEqualTo(SentimentLabel.NEGATIVE);
		assertThat(SENTIMENT.of("This is awful.", new float[384]).label()).isEqualTo(SentimentLabel.NEGATIVE);
	}

	@Test
	void neverFailsOnBadInput() {
		for (String text : List.of(BadInput.enormous(), BadInput.binary(), BadInput.brokenUnicode())) {
			Sentiment sentiment = of(text);

			assertThat(sentiment.score()).isBetween(-1.0, 1.0);
			assertThat(sentiment.label()).isNotNull();
		}
	}
}
