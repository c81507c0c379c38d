package app.agora.outreach.spi;

import app.agora.outreach.Purpose;
import java.time.Instant;
import java.util.UUID;

/**
 * A message the gate allowed, with the address the provider gave for the
 * recipient. {@code messageId} stays the same when a deferred message is sent
 * later, so a provider can use it to avoid sending twice.
 */
public record Envelope(UUID messageId, Recipient recipient, String address, Purpose purpose, String subject,
		String body, Instant sentAt) {
}
