package app.agora.parties;

import java.time.LocalDate;
import java.util.UUID;

/**
 * "{fromName} {kind} {toName}", e.g. Dara WORKS_FOR Alpine Outfitters, since a
 * day, with an optional note.
 */
public record Relationship(UUID id, UUID fromId, String fromName, RelationshipKind kind, UUID toId, String toName,
		LocalDate since, String note) {
}
