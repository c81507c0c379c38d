package app.agora.outreach.internal;

import app.agora.outreach.Channel;
import app.agora.outreach.OutboundMessage;
import app.agora.outreach.Purpose;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A message a staff member sends to a party through the API; it goes through
 * the gate like any other.
 */
record StaffMessage(@NotNull Channel channel, @NotNull Purpose purpose,
		@NotBlank @Size(max = OutboundMessage.MAX_SUBJECT_LENGTH) String subject,
		@NotBlank @Size(max = OutboundMessage.MAX_BODY_LENGTH) String body) {

	OutboundMessage to(UUID partyId, String requestedBy) {
		return new OutboundMessage(partyId, channel, purpose, subject, body, requestedBy);
	}
}
