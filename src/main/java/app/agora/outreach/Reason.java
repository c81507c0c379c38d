package app.agora.outreach;

import app.agora.outreach.Delivery.Outcome;

/** The reason code of a gate decision; each belongs to one outcome. */
public enum Reason {
	/** Consent given, under the cap, outside quiet hours. */
	ALLOWED(Outcome.SENT),
	/** A service message is sent even during quiet hours. */
	SERVICE_IGNORES_QUIET_HOURS(Outcome.SENT),
	/** Held back earlier (quiet hours, a channel down), sent now. */
	RELEASED(Outcome.SENT),
	/** Held until the recipient's quiet hours end. */
	QUIET_HOURS(Outcome.DEFERRED),
	/** The channel failed; tried again a little later. */
	CHANNEL_UNAVAILABLE(Outcome.DEFERRED),
	/** No party with this id. */
	UNKNOWN_RECIPIENT(Outcome.BLOCKED),
	/** The recipient has not agreed to this purpose on this channel. */
	NO_CONSENT(Outcome.BLOCKED),
	/** The channel has no address for the recipient (no email, say). */
	NO_ADDRESS(Outcome.BLOCKED),
	/**
	 * As many messages of this purpose as allowed were sent in the last seven days.
	 */
	FREQUENCY_CAP(Outcome.BLOCKED),
	/** The channel kept failing; given up. */
	CHANNEL_FAILED(Outcome.BLOCKED);

	private final Outcome outcome;

	Reason(Outcome outcome) {
		this.outcome = outcome;
	}

	public Outcome outcome() {
		return outcome;
	}
}
