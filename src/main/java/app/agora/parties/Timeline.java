package app.agora.parties;

import app.agora.parties.internal.PartyStore;
import app.agora.parties.internal.TimelineEntries;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity timeline of each party: notes by staff and events recorded by
 * Agora, newest first.
 */
@Service
public class Timeline {

	public static final int MAX_NOTE_LENGTH = 4000;

	private final TimelineEntries entries;
	private final PartyStore parties;
	private final ApplicationEventPublisher events;

	Timeline(TimelineEntries entries, PartyStore parties, ApplicationEventPublisher events) {
		this.entries = entries;
		this.parties = parties;
		this.events = events;
	}

	@Transactional
	public TimelineEntry addNote(UUID partyId, String text, String author) {
		if (parties.find(partyId).isEmpty()) {
			throw new PartyNotFound(partyId);
		}
		if (text == null || text.isBlank() || text.length() > MAX_NOTE_LENGTH) {
			throw new IllegalArgumentException("A note needs between 1 and " + MAX_NOTE_LENGTH + " characters.");
		}
		TimelineEntry note = entries.add(partyId, TimelineEntry.Kind.NOTE, text.strip(), author, Instant.now());
		events.publishEvent(new NoteAdded(note.id(), partyId, note.text(), author, note.occurredAt()));
		return note;
	}

	/**
	 * Records something that happened to the party; used by this module and by
	 * others through their events.
	 */
	@Transactional
	public TimelineEntry record(UUID partyId, String text, String author) {
		String bounded = text.length() > MAX_NOTE_LENGTH ? text.substring(0, MAX_NOTE_LENGTH) : text;
		return entries.add(partyId, TimelineEntry.Kind.EVENT, bounded, author, Instant.now());
	}

	public List<TimelineEntry> of(UUID partyId, int limit) {
		return entries.of(partyId, Math.clamp(limit, 1, 500));
	}
}
