package app.agora.listening.internal.text;

/**
 * What the sentiment model reads of a text: the lexicon's compound, positive
 * and negative shares, the trained {@link WordPolarity} score, then the
 * sentence embedding. The lexicon carries the words everyone agrees on (and
 * French); the word polarities and the embedding carry what a lexicon misses
 * ("stopped working after a week").
 */
final class SentimentFeatures {

	static final String DESCRIPTION = "VADER compound, positive, negative, word polarity + bge-small-en-v1.5 embedding (384)";

	/** Features before the embedding's. */
	static final int LEADING = 4;

	static final int POLARITY = 3;

	private SentimentFeatures() {
	}

	static double[] of(Valence valence, double polarity, float[] embedding) {
		double[] features = new double[LEADING + embedding.length];
		features[0] = valence.compound();
		features[1] = valence.positive();
		features[2] = valence.negative();
		features[POLARITY] = polarity;
		for (int i = 0; i < embedding.length; i++) {
			features[LEADING + i] = embedding[i];
		}
		return features;
	}
}
