package app.agora.parties;

import app.agora.parties.internal.PartyStore;
import app.agora.parties.internal.StageHistory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves parties along the buying journey and keeps every step. Marking a
 * prospect lost keeps the relationship: the stage becomes
 * {@link LifecycleStage#LOST_IN_TOUCH}, the reason and competitor are stored,
 * nothing is deleted.
 */
@Service
public class Lifecycle {

	public static final int MAX_REASON_LENGTH = 1000;

	private final PartyStore parties;
	private final StageHistory history;
	private final Timeline timeline;
	private final ApplicationEventPublisher events;

	Lifecycle(PartyStore parties, StageHistory history, Timeline timeline, ApplicationEventPublisher events) {
		this.parties = parties;
		this.history = history;
		this.timeline = timeline;
		this.events = events;
	}

	@Transactional
	public PartyDetails changeStage(UUID partyId, LifecycleStage stage, String reason, String actor) {
		if (stage == LifecycleStage.LOST_IN_TOUCH) {
			return markLost(partyId, reason, null, actor);
		}
		return move(partyId, stage, reason, null, actor);
	}

	@Transactional
	public PartyDetails markLost(UUID partyId, String reason, UUID competitorId, String actor) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Say why the deal was lost: the reason is kept as feedback.");
		}
		if (competitorId != null) {
			var competitor = parties.find(competitorId)
					.orElseThrow(() -> new IllegalArgumentException("No competitor with id " + competitorId + "."));
			if (!competitor.holds(PartyRole.COMPETITOR)) {
				throw new IllegalArgumentException(competitor.displayName() + " is not marked as a competitor.");
			}
		}
		var updated = move(partyId, LifecycleStage.LOST_IN_TOUCH, reason, competitorId, actor);
		events.publishEvent(new ProspectLost(partyId, reason.strip(), competitorId, actor, Instant.now()));
		return updated;
	}

	public List<StageChange> history(UUID partyId) {
		return history.of(partyId);
	}

	private PartyDetails move(UUID partyId, LifecycleStage stage, String reason, UUID competitorId, String actor) {
		if (reason != null && reason.length() > MAX_REASON_LENGTH) {
			throw new IllegalArgumentException("The reason may have at most " + MAX_REASON_LENGTH + " characters.");
		}
		var before = parties.find(partyId).orElseThrow(() -> new PartyNotFound(partyId));
		Instant now = Instant.now();
		var after = parties.setStage(partyId, stage, now);
		String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
		history.add(partyId, stage, before.stage(), cleanReason, competitorId, actor, now);
		timeline.record(partyId,
				"Stage " + before.stage() + " → " + stage + (cleanReason == null ? "" : ": " + cleanReason), actor);
		events.publishEvent(new StageChanged(partyId, before.stage(), stage, now));
		return after;
	}
}
