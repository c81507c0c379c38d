package app.agora.parties;

import java.time.Instant;
import java.util.UUID;

/**
 * A deal was lost; the relationship goes on and what the prospect said is kept
 * as feedback by whoever listens.
 */
public record ProspectLost(UUID partyId, String reason, UUID competitorId, String recordedBy, Instant at) {
}
