package app.agora.federation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A customer's "this is wrong" about one fact of their view, with the fact as
 * it was shown to them ({@code fact}: source, recordKey, asOf, fields), what
 * they say is wrong, the value they suggest, and the stewards' answer.
 */
public record CorrectionRequest(UUID id, UUID partyId, String source, String recordKey, String facet,
		Map<String, Object> fact, String message, String suggestedValue, CorrectionStatus status, String reply,
		Instant createdAt, Instant updatedAt, String handledBy) {
}
