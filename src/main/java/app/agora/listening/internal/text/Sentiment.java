package app.agora.listening.internal.text;

/**
 * A text's sentiment.
 *
 * @param score
 *            from -1 (very negative) to +1 (very positive)
 */
public record Sentiment(double score, SentimentLabel label) {
}
