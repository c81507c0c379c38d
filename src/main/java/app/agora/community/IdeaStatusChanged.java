package app.agora.community;

import java.util.List;
import java.util.UUID;

/**
 * Staff moved an idea to a new status with a public comment; everyone who voted
 * for it is told.
 *
 * @param status
 *            UNDER_REVIEW, PLANNED, DONE or DECLINED
 */
public record IdeaStatusChanged(long threadId, String spaceSlug, String title, String status, String comment,
		List<UUID> voterAccountIds) {
}
