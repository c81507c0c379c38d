package app.agora.outreach.internal;

import app.agora.outreach.OutboundMessage;
import java.time.Instant;
import java.util.UUID;

/**
 * A message on its way through the gate: new, or deferred and being looked at
 * again. {@code attempts} counts the channel failures so far.
 */
record Pending(UUID messageId, OutboundMessage message, Instant requestedAt, int attempts) {

	Pending failedOnce() {
		return new Pending(messageId, message, requestedAt, attempts + 1);
	}
}
