package app.agora.listening.internal.text;

/** What a text's sentiment score says, in words. */
public enum SentimentLabel {
	NEGATIVE, NEUTRAL, POSITIVE
}
