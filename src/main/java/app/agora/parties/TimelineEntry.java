package app.agora.parties;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a party's activity timeline: a note a person wrote, or an event
 * the system recorded.
 */
public record TimelineEntry(UUID id, UUID partyId, Kind kind, String text, String author, Instant occurredAt) {

	public enum Kind {
		NOTE, EVENT
	}
}
