package app.agora.outreach.internal;

import app.agora.outreach.Channel;
import app.agora.outreach.Delivery;
import app.agora.outreach.Delivery.Outcome;
import app.agora.outreach.DeliveryPage;
import app.agora.outreach.Purpose;
import app.agora.outreach.Reason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The delivery log: every decision of the gate, kept so anyone can ask why. */
@Component
class DeliveryLog {

	private static final int MAX_REASON_LENGTH = 500;
	private static final String COLUMNS = """
			id, message_id, party_id, channel, purpose, subject, outcome, reason_code, reason, requested_by,
			requested_at, decided_at, deferred_until""";

	private final JdbcClient jdbc;

	DeliveryLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Delivery record(Delivery delivery) {
		String reason = delivery.reason().length() > MAX_REASON_LENGTH
				? delivery.reason().substring(0, MAX_REASON_LENGTH)
				: delivery.reason();
		jdbc.sql("insert into outreach_delivery (" + COLUMNS + """
				) values (:id, :message, :party, :channel, :purpose, :subject, :outcome, :code, :reason, :by,
				:requested, :decided, :until)""").param("id", delivery.id()).param("message", delivery.messageId())
				.param("party", delivery.recipientPartyId()).param("channel", delivery.channel().name())
				.param("purpose", delivery.purpose().name()).param("subject", delivery.subject())
				.param("outcome", delivery.outcome().name()).param("code", delivery.reasonCode().name())
				.param("reason", reason).param("by", delivery.requestedBy())
				.param("requested", Timestamp.from(delivery.requestedAt()))
				.param("decided", Timestamp.from(delivery.decidedAt()))
				.param("until", delivery.deferredUntil() == null ? null : Timestamp.from(delivery.deferredUntil()))
				.update();
		return delivery;
	}

	/**
	 * How many messages of this purpose reached the party since the given moment.
	 */
	long sentSince(UUID partyId, Purpose purpose, Instant since) {
		return jdbc.sql("""
				select count(*) from outreach_delivery
				where party_id = :party and purpose = :purpose and outcome = :sent and decided_at > :since""")
				.param("party", partyId).param("purpose", purpose.name()).param("sent", Outcome.SENT.name())
				.param("since", Timestamp.from(since)).query(Long.class).single();
	}

	DeliveryPage page(UUID partyId, int page, int size) {
		long total = jdbc.sql("select count(*) from outreach_delivery where party_id = :party").param("party", partyId)
				.query(Long.class).single();
		var deliveries = jdbc.sql("select " + COLUMNS + """
				 from outreach_delivery where party_id = :party
				order by decided_at desc, id limit :limit offset :offset""").param("party", partyId)
				.param("limit", size).param("offset", (long) page * size).query(DeliveryLog::map).list();
		return new DeliveryPage(deliveries, page, size, total);
	}

	Optional<Delivery> find(UUID partyId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from outreach_delivery where id = :id and party_id = :party")
				.param("id", id).param("party", partyId).query(DeliveryLog::map).optional();
	}

	private static Delivery map(ResultSet rs, int row) throws SQLException {
		Timestamp until = rs.getTimestamp("deferred_until");
		return new Delivery(rs.getObject("id", UUID.class), rs.getObject("message_id", UUID.class),
				rs.getObject("party_id", UUID.class), Channel.valueOf(rs.getString("channel")),
				Purpose.valueOf(rs.getString("purpose")), rs.getString("subject"),
				Outcome.valueOf(rs.getString("outcome")), Reason.valueOf(rs.getString("reason_code")),
				rs.getString("reason"), rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
				rs.getTimestamp("decided_at").toInstant(), until == null ? null : until.toInstant());
	}
}
