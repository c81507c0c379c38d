package app.agora.listening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One thing a customer said, as staff see it in the inbox.
 *
 * @param originRef
 *            what the item comes from, in its origin's terms (post 42, a
 *            party's lost deal, a line of an import)
 * @param contextPath
 *            where it was said, inside Agora (a thread, a party page), or null
 * @param authorPartyId
 *            the author's party, when known
 * @param sentimentScore
 *            from -1 to +1, null until tagged
 * @param reason
 *            why it is rejected, or why its last tagging failed
 */
public record FeedbackItem(long id, FeedbackOrigin origin, String originRef, String channel, UUID authorPartyId,
		String authorName, String text, String contextPath, Instant saidAt, Instant receivedAt, String recordedBy,
		FeedbackState state, String reason, String language, Double sentimentScore, String sentiment, Long themeId,
		String themeName, List<String> products, List<Mention> competitors) {
}
