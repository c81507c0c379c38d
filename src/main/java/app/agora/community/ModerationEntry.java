package app.agora.community;

import java.time.Instant;

/**
 * One moderator action in the log: who did what, to what, why and when.
 *
 * @param targetKind
 *            POST, THREAD or MEMBER
 */
public record ModerationEntry(long id, String moderatorName, String action, String targetKind, String targetId,
		String spaceSlug, String reason, Instant at) {
}
