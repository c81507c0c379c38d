package app.agora.listening.internal.text;

/**
 * Scores a text's sentiment, given the text and its sentence embedding.
 * Thread-safe.
 */
public interface SentimentModel {

	Sentiment of(String text, float[] embedding);

	/**
	 * The same for a text whose language is known already (an ISO 639-1 code or
	 * {@link LanguageDetector#UNDETERMINED}, as {@link LanguageDetector} gives it),
	 * which spares detecting it again.
	 */
	default Sentiment of(String text, float[] embedding, String language) {
		return of(text, embedding);
	}
}
