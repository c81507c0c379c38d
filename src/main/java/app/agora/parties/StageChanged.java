package app.agora.parties;

import java.time.Instant;
import java.util.UUID;

public record StageChanged(UUID partyId, LifecycleStage previous, LifecycleStage stage, Instant at) {
}
