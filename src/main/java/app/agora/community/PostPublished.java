package app.agora.community;

import java.time.Instant;
import java.util.UUID;

/**
 * A post was published (a thread's first post or a reply), for the modules that
 * listen: feedback, notifications, search. Delivered through Spring Modulith's
 * event publication registry, so it is not lost if the process stops after the
 * post is saved.
 *
 * @param authorPartyId
 *            the party the author's account stands for, or null
 * @param authorName
 *            the name shown beside the post
 * @param path
 *            where the post is read: its thread's address
 * @param opensThread
 *            whether the post is its thread's first (the question, review or
 *            idea itself) rather than a reply
 * @param byStaff
 *            whether the author is one of the company's staff (whose posts are
 *            not customer feedback)
 */
public record PostPublished(long postId, long threadId, String spaceSlug, ThreadKind kind, UUID authorPartyId,
		String productName, String text, UUID authorAccountId, String authorName, String path, Instant at,
		boolean opensThread, boolean byStaff) {
}
