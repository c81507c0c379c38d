package app.agora.federation;

import java.time.Instant;
import java.util.UUID;

/**
 * A record linked to a party as staff see it on the party's records page: how
 * it was linked, with what score, by whom, when, and the explanation (JSON, as
 * the rule or model wrote it; may be null).
 */
public record LinkedRecord(String source, String key, UUID partyId, LinkMethod method, double score, String explanation,
		String createdBy, Instant createdAt) {
}
