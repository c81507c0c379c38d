package app.agora.community;

import java.util.UUID;

/**
 * A post was published (a thread's first post or a reply), for the modules that
 * listen: feedback, notifications, search. Delivered through Spring Modulith's
 * event publication registry, so it is not lost if the process stops after the
 * post is saved.
 *
 * @param authorPartyId
 *            the party the author's account stands for, or null
 */
public record PostPublished(long postId, long threadId, String spaceSlug, ThreadKind kind, UUID authorPartyId,
		String productName, String text) {
}
