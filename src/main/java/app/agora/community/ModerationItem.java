package app.agora.community;

import java.time.Instant;
import java.util.List;

/**
 * A post in the moderator queue: waiting for approval (with why: first posts of
 * a new member, or suspected spam) or flagged (with its open flags).
 */
public record ModerationItem(long postId, long threadId, String threadTitle, String threadPath, String spaceSlug,
		String authorName, String html, String source, PostStatus status, boolean firstPost, boolean threadLocked,
		String waitingReason, List<Flag> flags, Instant createdAt) {

	/** One open flag on the post. */
	public record Flag(String flaggerName, FlagReason reason, String note, boolean countsToHide, Instant createdAt) {
	}

	public boolean waiting() {
		return waitingReason != null;
	}
}
