package app.agora.outreach.spi;

import java.util.UUID;

/** Who a message is for, as far as a channel needs to know. */
public record Recipient(UUID partyId, String displayName, String email) {
}
