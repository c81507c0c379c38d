package app.agora.listening.internal.text;

/**
 * Scores a text's sentiment, given the text and its sentence embedding.
 * Thread-safe.
 */
public interface SentimentModel {

	Sentiment of(String text, float[] embedding);
}
