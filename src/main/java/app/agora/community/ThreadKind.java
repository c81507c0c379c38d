package app.agora.community;

/**
 * What a thread is for; answers, stars and votes build on it later, so it is
 * stored from the first post.
 */
public enum ThreadKind {
	DISCUSSION, QUESTION, REVIEW, IDEA
}
