package app.agora.federation;

import java.time.Instant;
import java.util.UUID;

/**
 * One look at a customer's view: who looked (name and whether they are staff),
 * when, and through what (the API path or page).
 */
public record ViewAccess(UUID partyId, String viewer, boolean staff, Instant viewedAt, String channel) {
}
