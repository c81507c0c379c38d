package app.agora.community;

import java.time.Instant;
import java.util.List;

/**
 * Where an account stands in the community: its trust level, its reputation
 * score and what makes it, its badges, and a suspension if one runs.
 *
 * @param badges
 *            STAFF, MODERATOR (of at least one space) and EXPERT:slug for each
 *            space where it is an expert
 */
public record Standing(TrustLevel level, int score, int visiblePosts, int likesReceived, int acceptedAnswers,
		Instant firstPostAt, TrustLevel grantedLevel, List<String> badges, Instant suspendedUntil) {
}
