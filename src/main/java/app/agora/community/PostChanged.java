package app.agora.community;

/**
 * A post already published changed: edited by its author or a moderator,
 * hidden, shown again, or approved out of the queue. Search re-indexes it,
 * caches of the thread's pages drop it.
 */
public record PostChanged(long postId, long threadId, String spaceSlug) {
}
