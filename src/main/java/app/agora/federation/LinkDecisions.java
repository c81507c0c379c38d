package app.agora.federation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The decision log of identity resolution: every link, split, review decision,
 * "never the same" and merge, with who or what made it and why, so that any
 * link can be explained and any mistake traced.
 */
@Service
public class LinkDecisions {

	private final JdbcClient jdbc;
	private final Clock clock;

	LinkDecisions(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Writes one entry; {@code other} may be null. */
	public LinkDecision record(UUID partyId, String action, RecordRef record, RecordRef other, Double score,
			String madeByKind, String madeBy, String reason) {
		var decision = new LinkDecision(UUID.randomUUID(), partyId, action, record, other, score, madeByKind, madeBy,
				reason, clock.instant());
		jdbc.sql(
				"""
						insert into link_decision (id, party_id, action, source_id, record_key, other_source, other_key, score,
						  made_by_kind, made_by, reason, decided_at)
						values (:id, :party, :action, :source, :key, :otherSource, :otherKey, :score, :kind, :by, :reason, :at)""")
				.param("id", decision.id()).param("party", partyId).param("action", action)
				.param("source", record == null ? null : record.source())
				.param("key", record == null ? null : record.key())
				.param("otherSource", other == null ? null : other.source())
				.param("otherKey", other == null ? null : other.key()).param("score", score).param("kind", madeByKind)
				.param("by", madeBy).param("reason", reason).param("at", Timestamp.from(decision.decidedAt())).update();
		return decision;
	}

	/** A party's decisions, newest first. */
	public List<LinkDecision> ofParty(UUID partyId, int limit) {
		return jdbc.sql("""
				select id, party_id, action, source_id, record_key, other_source, other_key, score, made_by_kind,
				  made_by, reason, decided_at
				from link_decision where party_id = :party order by decided_at desc, id limit :limit""")
				.param("party", partyId).param("limit", Math.clamp(limit, 1, 1000))
				.query((rs, n) -> new LinkDecision(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getString(3), ref(rs.getString(4), rs.getString(5)), ref(rs.getString(6), rs.getString(7)),
						rs.getObject(8) == null ? null : rs.getDouble(8), rs.getString(9), rs.getString(10),
						rs.getString(11), rs.getTimestamp(12).toInstant()))
				.list();
	}

	private static RecordRef ref(String source, String key) {
		return source == null ? null : new RecordRef(source, key);
	}

	Instant now() {
		return clock.instant();
	}
}
