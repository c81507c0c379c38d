package app.agora.federation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Pairs of records staff said are never the same person: no rule, model run or
 * view links them again. A party itself is the record ({@code agora}, its id).
 * Each pair is stored once, the smaller record on the left.
 */
@Service
public class NeverSame {

	/** The source name of Agora's own records, keyed by party id. */
	public static final String AGORA = "agora";

	private static final Comparator<RecordRef> ORDER = Comparator.comparing(RecordRef::source)
			.thenComparing(RecordRef::key);

	private final JdbcClient jdbc;
	private final Clock clock;

	NeverSame(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public static RecordRef party(UUID partyId) {
		return new RecordRef(AGORA, partyId.toString());
	}

	public boolean holds(RecordRef a, RecordRef b) {
		var left = ORDER.compare(a, b) <= 0 ? a : b;
		var right = left == a ? b : a;
		return jdbc.sql("""
				select count(*) from never_same where left_source = :ls and left_key = :lk
				and right_source = :rs and right_key = :rk""").param("ls", left.source()).param("lk", left.key())
				.param("rs", right.source()).param("rk", right.key()).query(Long.class).single() > 0;
	}

	/**
	 * Writes the pair unless it is there already.
	 *
	 * @return whether it was new
	 */
	public boolean mark(RecordRef a, RecordRef b, String by, String reason) {
		if (a.equals(b)) {
			throw new IllegalArgumentException("A record is always the same as itself.");
		}
		if (holds(a, b)) {
			return false;
		}
		var left = ORDER.compare(a, b) <= 0 ? a : b;
		var right = left == a ? b : a;
		jdbc.sql("""
				insert into never_same (left_source, left_key, right_source, right_key, decided_at, decided_by, reason)
				values (:ls, :lk, :rs, :rk, :at, :by, :reason)""").param("ls", left.source()).param("lk", left.key())
				.param("rs", right.source()).param("rk", right.key()).param("at", Timestamp.from(clock.instant()))
				.param("by", by).param("reason", reason).update();
		return true;
	}

	/** The records staff said are never the same as this party. */
	public Set<RecordRef> ofParty(UUID partyId) {
		var records = new HashSet<RecordRef>();
		jdbc.sql("""
				select right_source, right_key from never_same where left_source = :agora and left_key = :party
				union all
				select left_source, left_key from never_same where right_source = :agora and right_key = :party""")
				.param("agora", AGORA).param("party", partyId.toString())
				.query((rs, n) -> new RecordRef(rs.getString(1), rs.getString(2))).list().forEach(records::add);
		return records;
	}
}
