package app.agora.outreach.internal;

import app.agora.outreach.Purpose;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In-app notifications. Only the in-app channel writes them; every query is
 * scoped to one party, so nobody reads or marks another's.
 */
@Component
class Notifications {

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID partyId, UUID messageId, Purpose purpose, String subject, String body, Instant at) {
		jdbc.sql("""
				insert into outreach_notification (id, party_id, message_id, purpose, subject, body, created_at)
				values (:id, :party, :message, :purpose, :subject, :body, :at)""").param("id", UUID.randomUUID())
				.param("party", partyId).param("message", messageId).param("purpose", purpose.name())
				.param("subject", subject).param("body", body).param("at", Timestamp.from(at)).update();
	}

	NotificationPage page(UUID partyId, int page, int size) {
		long total = jdbc.sql("select count(*) from outreach_notification where party_id = :party")
				.param("party", partyId).query(Long.class).single();
		var list = jdbc.sql("""
				select id, purpose, subject, body, created_at, read_at from outreach_notification
				where party_id = :party order by created_at desc, id limit :limit offset :offset""")
				.param("party", partyId).param("limit", size).param("offset", (long) page * size)
				.query(Notifications::map).list();
		return new NotificationPage(list, page, size, total, unread(partyId));
	}

	long unread(UUID partyId) {
		return jdbc.sql("select count(*) from outreach_notification where party_id = :party and read_at is null")
				.param("party", partyId).query(Long.class).single();
	}

	Optional<Notification> find(UUID partyId, UUID id) {
		return jdbc.sql("""
				select id, purpose, subject, body, created_at, read_at from outreach_notification
				where id = :id and party_id = :party""").param("id", id).param("party", partyId)
				.query(Notifications::map).optional();
	}

	/**
	 * Marks one of the party's notifications read; empty when the party has no such
	 * notification.
	 */
	Optional<Notification> markRead(UUID partyId, UUID id, Instant at) {
		jdbc.sql("""
				update outreach_notification set read_at = :at
				where id = :id and party_id = :party and read_at is null""").param("at", Timestamp.from(at))
				.param("id", id).param("party", partyId).update();
		return find(partyId, id);
	}

	int markAllRead(UUID partyId, Instant at) {
		return jdbc.sql("update outreach_notification set read_at = :at where party_id = :party and read_at is null")
				.param("at", Timestamp.from(at)).param("party", partyId).update();
	}

	private static Notification map(ResultSet rs, int row) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		return new Notification(rs.getObject("id", UUID.class), Purpose.valueOf(rs.getString("purpose")),
				rs.getString("subject"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
				read == null ? null : read.toInstant());
	}
}
