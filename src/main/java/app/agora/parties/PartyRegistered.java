package app.agora.parties;

import java.util.UUID;

/** A new party exists, whoever created it (staff, API, import, demo). */
public record PartyRegistered(UUID partyId, PartyKind kind, String displayName) {
}
