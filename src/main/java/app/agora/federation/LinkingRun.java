package app.agora.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One linking run, as the admin page and the API show it: a first load (every
 * record of every source) or an incremental run (only what changed), with its
 * progress so that a progress bar can follow it.
 *
 * @param trigger
 *            who or what started it ("admin@agora.demo", "schedule", "party
 *            registered")
 * @param phase
 *            what it is doing now, such as "reading billing" or "writing"
 * @param progress
 *            0 to 100
 * @param records
 *            identity records read from all sources
 * @param message
 *            why it failed, or what it skipped (a source that cannot be listed)
 */
public record LinkingRun(UUID id, Kind kind, String trigger, State state, String phase, int progress, int records,
		long candidatePairs, int linksMade, int reviewsProposed, String message, Instant startedAt,
		Instant finishedAt) {

	/** A bulk first load, or a run over the records that changed. */
	public enum Kind {
		FIRST_LOAD, INCREMENTAL
	}

	public enum State {
		RUNNING, COMPLETED, FAILED
	}

	public boolean finished() {
		return state != State.RUNNING;
	}

	/** How long it took, or has taken so far when still running (null then). */
	public Duration duration() {
		return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
	}
}
