package app.agora.listening.internal;

import app.agora.listening.Signal;
import app.agora.listening.SignalLogEntry;
import app.agora.listening.SignalScope;
import app.agora.listening.SignalStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Signals, their evidence, guards and history, in plain SQL. */
@Repository
class SignalStore {

	/**
	 * A theme's signal shows the theme's name as it is now (staff may have renamed
	 * it).
	 */
	private static final String SELECT = "select s.*, t.name as theme_name from listening_signal s "
			+ "left join listening_theme t on s.scope = 'THEME' and cast(t.id as varchar(200)) = s.scope_key";

	private final JdbcClient jdbc;

	SignalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The tagged items of a scope said within [from, to]: who said them and how
	 * they felt, not their embeddings (read by {@link #embeddings} only when a
	 * measure needs them).
	 */
	List<WindowItem> window(SignalScope scope, String key, Instant from, Instant to) {
		return jdbc
				.sql("""
						select f.id, f.sentiment, f.author_party_id, f.author_account_id, f.channel, f.author_name
						from listening_feedback f where f.state = 'TAGGED' and f.said_at >= :from and f.said_at <= :to and """
						+ " " + scopeCondition(scope))
				.param("key", keyParam(scope, key)).param("from", FeedbackStore.utc(from))
				.param("to", FeedbackStore.utc(to))
				.query((rs, n) -> new WindowItem(rs.getLong("id"), rs.getString("sentiment"),
						WindowItem.customerKey(rs.getLong("id"), rs.getObject("author_party_id", UUID.class),
								rs.getObject("author_account_id", UUID.class), rs.getString("channel"),
								rs.getString("author_name"))))
				.list();
	}

	/** The embeddings of the tagged items of a scope said within [from, to]. */
	List<float[]> embeddings(SignalScope scope, String key, Instant from, Instant to) {
		return jdbc
				.sql("select f.embedding from listening_feedback f where f.state = 'TAGGED' and f.said_at >= :from "
						+ "and f.said_at <= :to and f.embedding is not null and " + scopeCondition(scope))
				.param("key", keyParam(scope, key)).param("from", FeedbackStore.utc(from))
				.param("to", FeedbackStore.utc(to)).query((rs, n) -> Vectors.fromBytes(rs.getBytes("embedding")))
				.list();
	}

	/** How many tagged items of a scope were said within [from, to). */
	long count(SignalScope scope, String key, Instant from, Instant to) {
		return jdbc.sql("""
				select count(*) from listening_feedback f where f.state = 'TAGGED' and f.said_at >= :from
				and f.said_at < :to and """ + " " + scopeCondition(scope)).param("key", keyParam(scope, key))
				.param("from", FeedbackStore.utc(from)).param("to", FeedbackStore.utc(to)).query(Long.class).single();
	}

	private static String scopeCondition(SignalScope scope) {
		return switch (scope) {
			case THEME -> "f.theme_id = :key";
			case PRODUCT -> "exists (select 1 from listening_feedback_product p where p.feedback_id = f.id "
					+ "and p.product = :key)";
			case COMPETITOR -> "exists (select 1 from listening_feedback_competitor c where c.feedback_id = f.id "
					+ "and c.competitor_id = :key)";
		};
	}

	private static Object keyParam(SignalScope scope, String key) {
		return switch (scope) {
			case THEME -> Long.parseLong(key);
			case PRODUCT -> key;
			case COMPETITOR -> UUID.fromString(key);
		};
	}

	/**
	 * Whether the scope has an open signal or a cooldown running, read without a
	 * lock: a cheap first look before measuring (raising looks again, locked).
	 */
	boolean quiet(SignalScope scope, String key, Instant now) {
		return jdbc.sql("""
				select count(*) from listening_signal_guard where scope = :scope and scope_key = :key
				and (open_signal_id is not null or quiet_until > :now)""").param("scope", scope.name())
				.param("key", key).param("now", FeedbackStore.utc(now)).query(Long.class).single() > 0;
	}

	/**
	 * Locks the scope's guard row (made if missing) and tells whether a signal may
	 * be raised: none open, no cooldown running.
	 */
	boolean mayRaise(SignalScope scope, String key, Instant now) {
		jdbc.sql("""
				insert into listening_signal_guard (scope, scope_key) values (:scope, :key)
				on conflict do nothing""").param("scope", scope.name()).param("key", key).update();
		return jdbc.sql("""
				select open_signal_id, quiet_until from listening_signal_guard
				where scope = :scope and scope_key = :key for update""").param("scope", scope.name()).param("key", key)
				.query((rs, n) -> {
					rs.getLong("open_signal_id");
					boolean open = !rs.wasNull();
					Instant quiet = FeedbackStore.instant(rs, "quiet_until");
					return !open && (quiet == null || quiet.isBefore(now));
				}).single();
	}

	Optional<String> competitorName(UUID partyId) {
		return jdbc.sql("select min(competitor_name) from listening_feedback_competitor where competitor_id = :id")
				.param("id", partyId).query(String.class).optional();
	}

	void opened(SignalScope scope, String key, long signalId) {
		jdbc.sql("update listening_signal_guard set open_signal_id = :id where scope = :scope and scope_key = :key")
				.param("id", signalId).param("scope", scope.name()).param("key", key).update();
	}

	void closed(SignalScope scope, String key, Instant quietUntil) {
		jdbc.sql("""
				update listening_signal_guard set open_signal_id = null, quiet_until = :until
				where scope = :scope and scope_key = :key""").param("until", FeedbackStore.utc(quietUntil))
				.param("scope", scope.name()).param("key", key).update();
	}

	long insert(Signal s, Long raisedBy) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into listening_signal (scope, scope_key, scope_name, status, customers, items, coherence,
				  agreement, sentiment, rise, baseline, window_from, window_to, raised_at, raised_by_item)
				values (:scope, :key, :name, :status, :customers, :items, :coherence, :agreement, :sentiment, :rise,
				  :baseline, :from, :to, :raised, :by)""").param("scope", s.scope().name()).param("key", s.scopeKey())
				.param("name", s.scopeName()).param("status", s.status().name()).param("customers", s.customers())
				.param("items", s.items()).param("coherence", s.coherence()).param("agreement", s.agreement())
				.param("sentiment", s.sentiment()).param("rise", s.rise()).param("baseline", s.baseline())
				.param("from", FeedbackStore.utc(s.windowFrom())).param("to", FeedbackStore.utc(s.windowTo()))
				.param("raised", FeedbackStore.utc(s.raisedAt())).param("by", raisedBy).update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void evidence(long signalId, List<WindowItem> items) {
		for (WindowItem item : items) {
			jdbc.sql("""
					insert into listening_signal_evidence (signal_id, feedback_id, customer_key)
					values (:signal, :item, :customer)""").param("signal", signalId).param("item", item.id())
					.param("customer", item.customerKey()).update();
		}
	}

	List<Long> evidenceOf(long signalId) {
		return jdbc.sql("select feedback_id from listening_signal_evidence where signal_id = :id order by feedback_id")
				.param("id", signalId).query(Long.class).list();
	}

	/** The parties among the customers who spoke: the ones who can be told. */
	List<UUID> contributors(long signalId) {
		return jdbc.sql("""
				select distinct f.author_party_id from listening_signal_evidence e
				join listening_feedback f on f.id = e.feedback_id
				where e.signal_id = :id and f.author_party_id is not null""").param("id", signalId)
				.query((rs, n) -> rs.getObject(1, UUID.class)).list();
	}

	void log(long signalId, SignalStatus status, String note, String by, Instant at) {
		jdbc.sql("""
				insert into listening_signal_log (signal_id, status, note, by_whom, at)
				values (:id, :status, :note, :by, :at)""").param("id", signalId).param("status", status.name())
				.param("note", note).param("by", by).param("at", FeedbackStore.utc(at)).update();
	}

	List<SignalLogEntry> logOf(long signalId) {
		return jdbc.sql("select status, note, by_whom, at from listening_signal_log where signal_id = :id order by id")
				.param("id", signalId).query((rs, n) -> new SignalLogEntry(SignalStatus.valueOf(rs.getString("status")),
						rs.getString("note"), rs.getString("by_whom"), FeedbackStore.instant(rs, "at")))
				.list();
	}

	Optional<Signal> find(long id) {
		return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(SignalStore::row).optional();
	}

	/** Locks the signal's row for a change. */
	Optional<Signal> lock(long id) {
		return jdbc.sql("select s.*, null as theme_name from listening_signal s where s.id = :id for update")
				.param("id", id).query(SignalStore::row).optional();
	}

	List<Signal> list(SignalStatus status) {
		if (status == null) {
			return jdbc.sql(SELECT + " order by s.raised_at desc, s.id desc").query(SignalStore::row).list();
		}
		return jdbc.sql(SELECT + " where s.status = :status order by s.raised_at desc, s.id desc")
				.param("status", status.name()).query(SignalStore::row).list();
	}

	List<Signal> published() {
		return jdbc.sql(SELECT + " where s.published = true and s.decision is not null "
				+ "order by s.decided_at desc, s.id desc").query(SignalStore::row).list();
	}

	void decided(long id, SignalStatus status, String decision, String by, boolean publish, Instant now) {
		jdbc.sql("""
				update listening_signal set status = :status, decision = coalesce(:decision, decision),
				  decided_at = case when :decision is null then decided_at else :now end,
				  decided_by = case when :decision is null then decided_by else :by end,
				  published = :publish, closed_at = case when :open then null else :now end
				where id = :id""").param("id", id).param("status", status.name()).param("decision", decision)
				.param("by", by).param("publish", publish).param("open", status.open())
				.param("now", FeedbackStore.utc(now)).update();
	}

	void assigned(long id, UUID owner, String ownerName) {
		jdbc.sql("update listening_signal set owner_account_id = :owner, owner_name = :name where id = :id")
				.param("id", id).param("owner", owner).param("name", ownerName).update();
	}

	private static Signal row(ResultSet rs, int n) throws SQLException {
		String themeName = rs.getString("theme_name");
		return new Signal(rs.getLong("id"), SignalScope.valueOf(rs.getString("scope")), rs.getString("scope_key"),
				themeName != null ? themeName : rs.getString("scope_name"),
				SignalStatus.valueOf(rs.getString("status")), rs.getObject("owner_account_id", UUID.class),
				rs.getString("owner_name"), rs.getInt("customers"), rs.getInt("items"), rs.getDouble("coherence"),
				rs.getDouble("agreement"), rs.getString("sentiment"), rs.getDouble("rise"), rs.getDouble("baseline"),
				FeedbackStore.instant(rs, "window_from"), FeedbackStore.instant(rs, "window_to"),
				FeedbackStore.instant(rs, "raised_at"), rs.getString("decision"),
				FeedbackStore.instant(rs, "decided_at"), rs.getString("decided_by"), rs.getBoolean("published"),
				FeedbackStore.instant(rs, "closed_at"));
	}
}
