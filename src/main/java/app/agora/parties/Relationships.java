package app.agora.parties;

import app.agora.parties.internal.PartyStore;
import app.agora.parties.internal.Relations;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relationships among parties: who works for whom, who referred whom, who
 * partners with whom.
 */
@Service
public class Relationships {

	private final Relations relations;
	private final PartyStore parties;
	private final Timeline timeline;

	Relationships(Relations relations, PartyStore parties, Timeline timeline) {
		this.relations = relations;
		this.parties = parties;
		this.timeline = timeline;
	}

	@Transactional
	public Relationship relate(UUID fromId, RelationshipKind kind, UUID toId, LocalDate since, String note,
			String actor) {
		var from = parties.find(fromId).orElseThrow(() -> new PartyNotFound(fromId));
		var to = parties.find(toId).orElseThrow(() -> new IllegalArgumentException("No party with id " + toId + "."));
		if (fromId.equals(toId)) {
			throw new IllegalArgumentException("A party cannot be related to itself.");
		}
		if (note != null && note.length() > 500) {
			throw new IllegalArgumentException("A relationship note may have at most 500 characters.");
		}
		var created = relations.add(from, kind, to, since, note == null || note.isBlank() ? null : note.strip());
		timeline.record(fromId,
				from.displayName() + " " + kind.name().toLowerCase().replace('_', ' ') + " " + to.displayName(), actor);
		return created;
	}

	/**
	 * Removes one relationship of this party; false when the party has no such
	 * relationship.
	 */
	@Transactional
	public boolean remove(UUID partyId, UUID relationshipId) {
		return relations.remove(partyId, relationshipId);
	}

	/** Every relationship the party takes part in, from either side. */
	public List<Relationship> of(UUID partyId) {
		return relations.of(partyId);
	}
}
