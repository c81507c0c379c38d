package app.agora.federation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which records of which sources belong to a party. Rules, the probabilistic
 * model and staff all write here; the view reads from here.
 */
@Service
public class SourceLinks {

	private final JdbcClient jdbc;
	private final Clock clock;

	SourceLinks(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Record keys linked to the party, by source id. */
	public Map<String, Set<String>> keysOf(UUID partyId) {
		var keys = new HashMap<String, Set<String>>();
		jdbc.sql("select source_id, record_key from source_link where party_id = :party").param("party", partyId)
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
				.forEach(e -> keys.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
		return keys;
	}

	public List<SourceLink> of(UUID partyId) {
		return jdbc.sql("""
				select source_id, record_key, party_id, method, score, created_at, created_by
				from source_link where party_id = :party order by source_id, record_key""").param("party", partyId)
				.query((rs, n) -> new SourceLink(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
						LinkMethod.valueOf(rs.getString(4)), rs.getDouble(5),
						rs.getObject(6, java.time.OffsetDateTime.class).toInstant(), rs.getString(7)))
				.list();
	}

	public Optional<UUID> partyOf(String sourceId, String recordKey) {
		return jdbc.sql("select party_id from source_link where source_id = :source and record_key = :key")
				.param("source", sourceId).param("key", recordKey).query(UUID.class).optional();
	}

	/**
	 * Links a record unless it is already linked (to this party or another): an
	 * existing decision, a person's above all, is never overwritten here.
	 *
	 * @return whether a new link was made
	 */
	@Transactional
	public boolean linkIfNew(String sourceId, String recordKey, UUID partyId, LinkMethod method, double score,
			String by) {
		if (partyOf(sourceId, recordKey).isPresent()) {
			return false;
		}
		jdbc.sql("""
				insert into source_link (source_id, record_key, party_id, method, score, created_at, created_by)
				values (:source, :key, :party, :method, :score, :at, :by)""").param("source", sourceId)
				.param("key", recordKey).param("party", partyId).param("method", method.name()).param("score", score)
				.param("at", now()).param("by", by).update();
		return true;
	}

	/**
	 * Links a record with the explanation of why (a reviewed pair's model
	 * explanation), unless it is linked already.
	 *
	 * @return whether a new link was made
	 */
	@Transactional
	public boolean linkExplained(String sourceId, String recordKey, UUID partyId, LinkMethod method, double score,
			String by, String explanation) {
		if (partyOf(sourceId, recordKey).isPresent()) {
			return false;
		}
		jdbc.sql("""
				insert into source_link (source_id, record_key, party_id, method, score, created_at, created_by,
				  explanation)
				values (:source, :key, :party, :method, :score, :at, :by, :explanation)""").param("source", sourceId)
				.param("key", recordKey).param("party", partyId).param("method", method.name()).param("score", score)
				.param("at", now()).param("by", by).param("explanation", explanation).update();
		return true;
	}

	/** Removes a record's link to a party; whether there was one. */
	@Transactional
	public boolean unlink(String sourceId, String recordKey, UUID partyId) {
		return jdbc.sql("delete from source_link where source_id = :source and record_key = :key and party_id = :party")
				.param("source", sourceId).param("key", recordKey).param("party", partyId).update() > 0;
	}

	/** The party's linked records with how, by whom and why, for staff. */
	public List<LinkedRecord> recordsOf(UUID partyId) {
		return jdbc.sql("""
				select source_id, record_key, party_id, method, score, explanation, created_by, created_at
				from source_link where party_id = :party order by source_id, record_key""").param("party", partyId)
				.query((rs, n) -> new LinkedRecord(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
						LinkMethod.valueOf(rs.getString(4)), rs.getDouble(5), rs.getString(6), rs.getString(7),
						rs.getObject(8, java.time.OffsetDateTime.class).toInstant()))
				.list();
	}

	private java.time.OffsetDateTime now() {
		return Instant.now(clock).atOffset(java.time.ZoneOffset.UTC);
	}
}
