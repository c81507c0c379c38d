package app.agora.listening;

/** Where a feedback item was said. */
public enum FeedbackOrigin {
	/** A community post (a discussion or a question). */
	POST,
	/** A product review. */
	REVIEW,
	/** An idea posted in the community. */
	IDEA,
	/** The reason a lost prospect gave. */
	LOST_DEAL,
	/** A note staff wrote on a customer's timeline, after a call say. */
	STAFF_NOTE,
	/** Logged by hand by staff. */
	MANUAL,
	/** Imported from another channel's export. */
	IMPORT
}
