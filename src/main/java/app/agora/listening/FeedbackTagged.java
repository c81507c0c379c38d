package app.agora.listening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An item was tagged: what signals count. Published in the transaction that
 * stores the tags.
 */
public record FeedbackTagged(long itemId, FeedbackOrigin origin, Long themeId, UUID authorPartyId, UUID authorAccountId,
		String sentiment, double sentimentScore, List<String> products, List<UUID> competitorIds, Instant saidAt) {
}
