package app.agora.listening.internal.text;

import java.io.InputStream;

/**
 * Sentiment from a VADER-style lexicon score and the sentence embedding,
 * weighed by a logistic regression trained on labelled review sentences
 * ({@code ListeningBench sentiment --train} writes {@value #WEIGHTS} from
 * them).
 * <p>
 * The regression and the sentence-embedding model learnt English, so text in
 * another language (French...) is judged by the lexicon alone, which knows some
 * French; its language is detected unless the caller gives it.
 * <p>
 * The score is {@code 2 p - 1}, {@code p} the probability that the text is
 * positive; near 0 it is {@code NEUTRAL} (within 0.05, or within 0.3 when the
 * text holds no word of the lexicon, as most plain questions; see
 * {@link SentimentWeights.NeutralBands}).
 * <p>
 * Bad input: text with no letter or digit (empty, blank, binary) is
 * {@code NEUTRAL} with score 0; a missing, zero or wrongly sized embedding
 * leaves the lexicon alone to judge (its compound score, neutral within 0.05);
 * an enormous text is read from its beginning. It never throws for any text.
 * <p>
 * The lexicon and weights are read on first use; thread-safe.
 */
final class LexiconEmbeddingSentiment implements SentimentModel {

	static final String WEIGHTS = "/listening/sentiment-model.txt";

	/** The neutral band used until a trained model says otherwise. */
	static final SentimentWeights.NeutralBands DEFAULT_NEUTRAL_BANDS = new SentimentWeights.NeutralBands(0.05, 0.05);

	private final Lazy<ValenceScorer> scorer = new Lazy<>(() -> new ValenceScorer(ValenceLexicon.load()));

	private final Lazy<SentimentWeights> weights;

	private final LanguageDetector languages;

	LexiconEmbeddingSentiment(LanguageDetector languages) {
		this.weights = new Lazy<>(LexiconEmbeddingSentiment::shippedWeights);
		this.languages = languages;
	}

	/** With given weights, as cross-validation needs. */
	LexiconEmbeddingSentiment(SentimentWeights weights, LanguageDetector languages) {
		this.weights = new Lazy<>(() -> weights);
		this.languages = languages;
	}

	@Override
	public Sentiment of(String text, float[] embedding) {
		String cleaned = TextInput.clean(text);
		if (!TextInput.hasWords(cleaned)) {
			return new Sentiment(0, SentimentLabel.NEUTRAL);
		}
		return of(cleaned, embedding, languages.detect(cleaned));
	}

	@Override
	public Sentiment of(String text, float[] embedding, String language) {
		String cleaned = TextInput.clean(text);
		if (!TextInput.hasWords(cleaned)) {
			return new Sentiment(0, SentimentLabel.NEUTRAL);
		}
		Valence valence = scorer.get().score(cleaned);
		SentimentWeights model = weights.get();
		if (model.weights().length == 0 || !usable(embedding, model) || !readsEnglish(language)) {
			return new Sentiment(valence.compound(), model.label(valence.compound(), valence.hits() > 0));
		}
		double score = model.score(SentimentFeatures.of(valence, model.polarity().score(cleaned), embedding));
		return new Sentiment(score, model.label(score, valence.hits() > 0));
	}

	/**
	 * Whether the regression can read text in the language: English, or a language
	 * nobody could tell.
	 */
	static boolean readsEnglish(String language) {
		return language == null || language.equals("en") || language.equals(LanguageDetector.UNDETERMINED);
	}

	Valence valence(String text) {
		return scorer.get().score(text);
	}

	private static boolean usable(float[] embedding, SentimentWeights model) {
		if (embedding == null || embedding.length + SentimentFeatures.LEADING != model.weights().length) {
			return false;
		}
		for (float component : embedding) {
			if (component != 0 && Float.isFinite(component)) {
				return true;
			}
		}
		return false;
	}

	private static SentimentWeights shippedWeights() {
		InputStream in = LexiconEmbeddingSentiment.class.getResourceAsStream(WEIGHTS);
		if (in == null) {
			return new SentimentWeights(new double[0], new double[0], new double[0], 0, DEFAULT_NEUTRAL_BANDS,
					WordPolarity.NONE, "no trained model: lexicon only");
		}
		return SentimentWeights.read(in);
	}
}
