package app.agora.community;

/**
 * A count shown on a thread changed without a post or the thread changing: a
 * vote for an idea was cast or withdrawn, a like was taken back. (A new like is
 * {@link PostLiked}.) Caches of the thread's pages drop them.
 */
public record TallyChanged(long threadId, String spaceSlug) {
}
