package app.agora.parties;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of a party's lifecycle history, with the reason and competitor when
 * a deal was lost.
 */
public record StageChange(UUID id, LifecycleStage stage, LifecycleStage previous, String reason, UUID competitorId,
		String competitorName, String changedBy, Instant changedAt) {
}
