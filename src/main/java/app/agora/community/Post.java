package app.agora.community;

import java.time.Instant;
import java.util.UUID;

/**
 * One post: the Markdown its author wrote and the safe HTML made from it when
 * it was written. {@code version} counts edits; {@code editedAt} is set once it
 * has been edited. {@code quote} is the post it replies to, if any.
 */
public record Post(long id, long threadId, UUID authorAccountId, String authorName, String source, String html,
		Quote quote, PostStatus status, int version, Instant createdAt, Instant editedAt) {

	/** The post a reply quotes: who wrote it and the start of what they wrote. */
	public record Quote(long postId, String authorName, String excerpt) {
	}

	public boolean edited() {
		return editedAt != null;
	}
}
