package app.agora.outreach;

import java.time.Instant;
import java.util.UUID;

/**
 * One decision of the gate about one message, as the delivery log keeps it. A
 * deferred message gets a second decision when it is released, with the same
 * {@code messageId}.
 *
 * @param reasonCode
 *            why, for programs
 * @param reason
 *            why, in words for people reading the log
 * @param deferredUntil
 *            when a deferred message is looked at again; null otherwise
 */
public record Delivery(UUID id, UUID messageId, UUID recipientPartyId, Channel channel, Purpose purpose, String subject,
		Outcome outcome, Reason reasonCode, String reason, String requestedBy, Instant requestedAt, Instant decidedAt,
		Instant deferredUntil) {

	public enum Outcome {
		/** Handed to the channel. */
		SENT,
		/** Held back and looked at again later (quiet hours, channel unavailable). */
		DEFERRED,
		/** Never delivered. */
		BLOCKED
	}
}
