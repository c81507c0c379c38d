package app.agora.community;

/**
 * Something about a thread changed other than a new post: locked, moved to
 * another space ({@code spaceSlug} is the new one), hidden, an answer accepted,
 * an idea's status. Search re-indexes it, caches of its pages drop them.
 */
public record ThreadChanged(long threadId, String spaceSlug) {
}
