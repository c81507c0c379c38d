package app.agora.federation;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the decision log: a link, split, review decision, "never the
 * same" or merge, with who or what made it ({@code madeByKind}: RULE, MODEL or
 * STAFF) and why. Kept even when the party goes.
 */
public record LinkDecision(UUID id, UUID partyId, String action, RecordRef record, RecordRef other, Double score,
		String madeByKind, String madeBy, String reason, Instant decidedAt) {
}
