package app.agora.community;

/** Whether a post shows; moderation and approval queues will use the others. */
public enum PostStatus {
	VISIBLE, HIDDEN, PENDING
}
