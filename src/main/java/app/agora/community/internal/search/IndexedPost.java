package app.agora.community.internal.search;

import app.agora.community.ThreadKind;
import java.time.Instant;

/**
 * A visible post of a visible thread as the search index holds it: where it is,
 * what it is about and its text.
 *
 * @param firstPost
 *            whether it opens its thread (similar questions look only at those)
 */
record IndexedPost(long postId, long threadId, long spaceId, ThreadKind kind, String title, String productName,
		boolean solved, boolean firstPost, String text, Instant createdAt) {
}
