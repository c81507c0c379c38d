package app.agora.outreach.internal;

import app.agora.outreach.Channel;
import app.agora.outreach.OutboundMessage;
import app.agora.outreach.Purpose;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Messages held back until a moment. Each due message is claimed for a while
 * before it is sent, so several nodes running the release job never send it
 * twice, and a node that dies mid-way only delays it.
 */
@Component
class DeferredMessages {

	private final JdbcClient jdbc;

	DeferredMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Holds the message until {@code notBefore}, or moves it there if already held.
	 */
	void hold(Pending pending, Instant notBefore) {
		int updated = jdbc.sql("""
				update outreach_deferred set not_before = :notBefore, attempts = :attempts, claimed_until = null
				where id = :id""").param("notBefore", Timestamp.from(notBefore)).param("attempts", pending.attempts())
				.param("id", pending.messageId()).update();
		if (updated == 0) {
			var message = pending.message();
			jdbc.sql(
					"""
							insert into outreach_deferred (id, party_id, channel, purpose, subject, body, requested_by,
							    requested_at, not_before, attempts)
							values (:id, :party, :channel, :purpose, :subject, :body, :by, :requested, :notBefore, :attempts)""")
					.param("id", pending.messageId()).param("party", message.recipientPartyId())
					.param("channel", message.channel().name()).param("purpose", message.purpose().name())
					.param("subject", message.subject()).param("body", message.body())
					.param("by", message.requestedBy()).param("requested", Timestamp.from(pending.requestedAt()))
					.param("notBefore", Timestamp.from(notBefore)).param("attempts", pending.attempts()).update();
		}
	}

	void remove(UUID messageId) {
		jdbc.sql("delete from outreach_deferred where id = :id").param("id", messageId).update();
	}

	/**
	 * Claims up to {@code limit} due messages for {@code lease}; another node skips
	 * them meanwhile.
	 */
	List<Pending> claimDue(Instant now, Duration lease, int limit) {
		List<UUID> due = jdbc.sql("""
				select id from outreach_deferred
				where not_before <= :now and (claimed_until is null or claimed_until <= :now)
				order by not_before, id limit :limit""").param("now", Timestamp.from(now)).param("limit", limit)
				.query(UUID.class).list();
		var claimed = new ArrayList<Pending>();
		for (UUID id : due) {
			int won = jdbc.sql("""
					update outreach_deferred set claimed_until = :until
					where id = :id and (claimed_until is null or claimed_until <= :now)""")
					.param("until", Timestamp.from(now.plus(lease))).param("id", id).param("now", Timestamp.from(now))
					.update();
			if (won == 1) {
				jdbc.sql("""
						select id, party_id, channel, purpose, subject, body, requested_by, requested_at, attempts
						from outreach_deferred where id = :id""").param("id", id).query((rs, row) -> new Pending(
						rs.getObject("id", UUID.class),
						new OutboundMessage(rs.getObject("party_id", UUID.class),
								Channel.valueOf(rs.getString("channel")), Purpose.valueOf(rs.getString("purpose")),
								rs.getString("subject"), rs.getString("body"), rs.getString("requested_by")),
						rs.getTimestamp("requested_at").toInstant(), rs.getInt("attempts"))).optional()
						.ifPresent(claimed::add);
			}
		}
		return claimed;
	}

	long count(UUID partyId) {
		return jdbc.sql("select count(*) from outreach_deferred where party_id = :party").param("party", partyId)
				.query(Long.class).single();
	}
}
