package app.agora.community.internal;

/** Why the community tells someone something; the message keys follow it. */
enum NoticeKind {
	/** A reply in a thread they started or follow. */
	REPLY,
	/** Someone wrote their @handle. */
	MENTION,
	/** Their reply became the accepted answer. */
	ANSWER_ACCEPTED,
	/** An idea they voted for changed status. */
	IDEA_STATUS,
	/** A new thread in a space they follow. */
	NEW_THREAD,
	/** A prospect asks owners of a product they hold. */
	OWNER_QUESTION,
	/** Someone liked their post. */
	LIKE
}
