package app.agora.listening;

/** Where an item is in tagging. */
public enum FeedbackState {
	/** Stored, not tagged yet (or tagging failed and will be tried again). */
	WAITING,
	/** Tagged: products, competitors, sentiment, language and theme are known. */
	TAGGED,
	/** Not taggable (no text, not text at all): kept, with the reason. */
	REJECTED
}
