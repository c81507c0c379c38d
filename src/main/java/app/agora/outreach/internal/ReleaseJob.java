package app.agora.outreach.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends deferred messages once they are due (quiet hours over, a channel back),
 * going through the whole gate again: consent withdrawn overnight still blocks.
 */
@Component
class ReleaseJob {

	private static final Logger log = LoggerFactory.getLogger(ReleaseJob.class);
	/** How long a node keeps a claimed message before another may take it over. */
	private static final Duration LEASE = Duration.ofMinutes(5);
	private static final int BATCH = 200;

	private final DeferredMessages deferred;
	private final Gate gate;
	private final Clock clock;

	ReleaseJob(DeferredMessages deferred, Gate gate, Optional<Clock> clock) {
		this.deferred = deferred;
		this.gate = gate;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(fixedDelayString = "${agora.outreach.release-interval:PT1M}", initialDelayString = "${agora.outreach.release-interval:PT1M}")
	void onSchedule() {
		int released = releaseDue();
		if (released > 0) {
			log.info("Released {} deferred message(s)", released);
		}
	}

	/** Decides again about every due message; answers how many it looked at. */
	int releaseDue() {
		int count = 0;
		var batch = deferred.claimDue(clock.instant(), LEASE, BATCH);
		while (!batch.isEmpty()) {
			for (var pending : batch) {
				try {
					gate.release(pending);
				} catch (RuntimeException e) {
					// The claim runs out and the next run tries again; one bad message must not
					// stop the rest.
					log.error("Could not release deferred message {}", pending.messageId(), e);
				}
				count++;
			}
			batch = batch.size() < BATCH ? List.of() : deferred.claimDue(clock.instant(), LEASE, BATCH);
		}
		return count;
	}
}
