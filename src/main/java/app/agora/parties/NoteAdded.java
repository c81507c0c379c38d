package app.agora.parties;

import java.time.Instant;
import java.util.UUID;

/**
 * Staff wrote a note on a party's timeline (after a call, say); what the
 * customer said is kept as feedback by whoever listens.
 */
public record NoteAdded(UUID entryId, UUID partyId, String text, String author, Instant at) {
}
