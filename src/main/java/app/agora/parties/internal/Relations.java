package app.agora.parties.internal;

import app.agora.parties.PartyDetails;
import app.agora.parties.Relationship;
import app.agora.parties.RelationshipKind;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class Relations {

	private final JdbcClient jdbc;

	Relations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Relationship add(PartyDetails from, RelationshipKind kind, PartyDetails to, LocalDate since, String note) {
		var relationship = new Relationship(UUID.randomUUID(), from.id(), from.displayName(), kind, to.id(),
				to.displayName(), since, note);
		jdbc.sql("""
				insert into party_relationship (id, from_party, kind, to_party, since, note, created_at)
				values (:id, :from, :kind, :to, :since, :note, :created)""").param("id", relationship.id())
				.param("from", from.id()).param("kind", kind.name()).param("to", to.id())
				.param("since", since == null ? null : Date.valueOf(since)).param("note", note)
				.param("created", Timestamp.from(Instant.now())).update();
		return relationship;
	}

	public boolean remove(UUID partyId, UUID relationshipId) {
		return jdbc.sql("delete from party_relationship where id = :id and (from_party = :party or to_party = :party)")
				.param("id", relationshipId).param("party", partyId).update() == 1;
	}

	public List<Relationship> of(UUID partyId) {
		return jdbc.sql("""
				select r.id, r.from_party, f.display_name as from_name, r.kind, r.to_party, t.display_name as to_name,
				       r.since, r.note
				from party_relationship r
				join party f on f.id = r.from_party
				join party t on t.id = r.to_party
				where r.from_party = :party or r.to_party = :party
				order by r.created_at""").param("party", partyId)
				.query((rs, i) -> new Relationship(rs.getObject("id", UUID.class),
						rs.getObject("from_party", UUID.class), rs.getString("from_name"),
						RelationshipKind.valueOf(rs.getString("kind")), rs.getObject("to_party", UUID.class),
						rs.getString("to_name"), rs.getDate("since") == null ? null : rs.getDate("since").toLocalDate(),
						rs.getString("note")))
				.list();
	}
}
