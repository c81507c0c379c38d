package app.agora.federation;

import java.time.Instant;
import java.util.UUID;

/** A record of a source that belongs to a party, and how that was decided. */
public record SourceLink(String sourceId, String recordKey, UUID partyId, LinkMethod method, double score,
		Instant createdAt, String createdBy) {
}
