package app.agora.parties.internal;

import app.agora.parties.TimelineEntry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class TimelineEntries {

	private final JdbcClient jdbc;

	TimelineEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public TimelineEntry add(UUID partyId, TimelineEntry.Kind kind, String text, String author, Instant at) {
		var entry = new TimelineEntry(UUID.randomUUID(), partyId, kind, text, author, at);
		jdbc.sql("""
				insert into timeline_entry (id, party_id, kind, text, author, occurred_at)
				values (:id, :party, :kind, :text, :author, :at)""").param("id", entry.id()).param("party", partyId)
				.param("kind", kind.name()).param("text", text).param("author", author).param("at", Timestamp.from(at))
				.update();
		return entry;
	}

	public List<TimelineEntry> of(UUID partyId, int limit) {
		return jdbc.sql("""
				select id, party_id, kind, text, author, occurred_at from timeline_entry
				where party_id = :party order by occurred_at desc, id limit :limit""").param("party", partyId)
				.param("limit", limit)
				.query((rs, i) -> new TimelineEntry(rs.getObject("id", UUID.class),
						rs.getObject("party_id", UUID.class), TimelineEntry.Kind.valueOf(rs.getString("kind")),
						rs.getString("text"), rs.getString("author"), rs.getTimestamp("occurred_at").toInstant()))
				.list();
	}
}
