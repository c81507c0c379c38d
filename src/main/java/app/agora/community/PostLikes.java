package app.agora.community;

/** How many people liked a post, and whether the reader is one of them. */
public record PostLikes(long postId, int count, boolean likedByMe) {

	/** A post no one liked yet (one just written). */
	public static PostLikes none(long postId) {
		return new PostLikes(postId, 0, false);
	}
}
