package app.agora.community;

/**
 * Where an idea stands. New ideas are {@code OPEN}; staff move them on, each
 * time with a public comment.
 */
public enum IdeaStatus {
	OPEN, UNDER_REVIEW, PLANNED, DONE, DECLINED
}
