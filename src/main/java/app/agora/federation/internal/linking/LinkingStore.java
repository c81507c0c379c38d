package app.agora.federation.internal.linking;

import app.agora.federation.LinkDecisions;
import app.agora.federation.LinkingOverview;
import app.agora.federation.LinkingRun;
import app.agora.federation.MatchScore;
import app.agora.federation.RecordRef;
import app.agora.federation.SourceRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables of linking runs: runs and their progress, links made by the model,
 * review proposals, the decision log, never-the-same pairs and the fingerprints
 * of the records seen.
 */
@Component
public class LinkingStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	static final String MODEL = "MODEL";
	static final String RULE = "RULE";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcOperations named;
	private final Clock clock;
	private final LinkDecisions decisions;

	LinkingStore(JdbcClient jdbc, NamedParameterJdbcOperations named, Optional<Clock> clock, LinkDecisions decisions) {
		this.jdbc = jdbc;
		this.decisions = decisions;
		this.named = named;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public LinkingRun startRun(LinkingRun.Kind kind, String trigger) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into linking_run (id, kind, trigger_text, state, phase, progress, started_at)
				values (:id, :kind, :trigger, 'RUNNING', 'starting', 0, :at)""").param("id", id)
				.param("kind", kind.name()).param("trigger", cut(trigger, 200)).param("at", now()).update();
		return run(id).orElseThrow();
	}

	void progress(UUID run, String phase, int progress) {
		jdbc.sql("update linking_run set phase = :phase, progress = :progress where id = :id").param("id", run)
				.param("phase", cut(phase, 100)).param("progress", Math.clamp(progress, 0, 100)).update();
	}

	void counts(UUID run, int records, long candidatePairs, int links, int reviews) {
		jdbc.sql("""
				update linking_run set records = :records, candidate_pairs = :pairs, links_made = :links,
				reviews_proposed = :reviews where id = :id""").param("id", run).param("records", records)
				.param("pairs", candidatePairs).param("links", links).param("reviews", reviews).update();
	}

	public void finish(UUID run, LinkingRun.State state, String message) {
		jdbc.sql("""
				update linking_run set state = :state, phase = :phase, progress = :progress, message = :message,
				finished_at = :at where id = :id""").param("id", run).param("state", state.name())
				.param("phase", state == LinkingRun.State.COMPLETED ? "done" : "failed")
				.param("progress", state == LinkingRun.State.COMPLETED ? 100 : 0)
				.param("message", message == null ? null : cut(message, 2000)).param("at", now()).update();
	}

	/**
	 * Runs left RUNNING by a node that stopped (a restart mid-run) are marked
	 * failed, so the page does not show them going forever.
	 */
	public void abandonRunning() {
		jdbc.sql("""
				update linking_run set state = 'FAILED', message = 'The node stopped during the run.',
				finished_at = :at where state = 'RUNNING'""").param("at", now()).update();
	}

	public Optional<LinkingRun> run(UUID id) {
		return jdbc.sql("select * from linking_run where id = :id").param("id", id).query(LinkingStore::run).optional();
	}

	public List<LinkingRun> recent(int limit) {
		return jdbc.sql("select * from linking_run order by started_at desc, id limit :limit").param("limit", limit)
				.query(LinkingStore::run).list();
	}

	public boolean anyCompletedFirstLoad() {
		return jdbc.sql("select count(*) from linking_run where kind = 'FIRST_LOAD' and state = 'COMPLETED'")
				.query(Long.class).single() > 0;
	}

	Map<RecordRef, UUID> links() {
		var links = new HashMap<RecordRef, UUID>();
		jdbc.sql("select source_id, record_key, party_id from source_link").query(rs -> {
			links.put(new RecordRef(rs.getString(1), rs.getString(2)), rs.getObject(3, UUID.class));
		});
		return links;
	}

	Set<LinkPlanner.Pair> neverSame() {
		return pairs("select left_source, left_key, right_source, right_key from never_same");
	}

	Set<LinkPlanner.Pair> proposed() {
		return pairs("select left_source, left_key, right_source, right_key from link_review");
	}

	private Set<LinkPlanner.Pair> pairs(String sql) {
		var pairs = new HashSet<LinkPlanner.Pair>();
		jdbc.sql(sql).query(rs -> {
			pairs.add(LinkPlanner.Pair.of(new RecordRef(rs.getString(1), rs.getString(2)),
					new RecordRef(rs.getString(3), rs.getString(4))));
		});
		return pairs;
	}

	/**
	 * Links a record to a party with the score's explanation, and logs the
	 * decision; false when the record got linked meanwhile (a view's rule, staff).
	 * A pair a deterministic rule linked (same email, phone or identifier) is a
	 * {@code RULE} link with score 1, whatever the model's probability, which the
	 * explanation keeps; any other is a {@code MODEL} link with its probability.
	 */
	@Transactional
	public boolean link(LinkPlanner.NewLink link, String by) {
		String explanation = cut(link.score().explanation(), 1000);
		boolean byRule = link.score().rule() != null;
		String method = byRule ? RULE : MODEL;
		double score = byRule ? 1.0 : link.score().probability();
		boolean taken = jdbc.sql("select count(*) from source_link where source_id = :source and record_key = :key")
				.param("source", link.record().source()).param("key", link.record().key()).query(Long.class)
				.single() > 0;
		if (taken) {
			return false;
		}
		try {
			jdbc.sql("""
					insert into source_link (source_id, record_key, party_id, method, score, created_at, created_by,
					explanation)
					values (:source, :key, :party, :method, :score, :at, :by, :explanation)""")
					.param("source", link.record().source()).param("key", link.record().key())
					.param("party", link.party()).param("method", method).param("score", score).param("at", now())
					.param("by", by).param("explanation", cut(link.score().explanation(), 4000)).update();
		} catch (DuplicateKeyException e) {
			// A view linked it by rule meanwhile: theirs stands.
			return false;
		}
		decisions.record(link.party(), "LINKED", link.record(), link.via(), score, method, by, explanation);
		return true;
	}

	/**
	 * Writes an OPEN proposal and logs it; false when the pair has a row already.
	 */
	@Transactional
	public boolean propose(LinkPlanner.NewReview review, String by) {
		var score = review.score();
		try {
			jdbc.sql("""
					insert into link_review (id, left_source, left_key, right_source, right_key, party_id, probability,
					weight, explanation, left_record, right_record, status, proposed_at, proposed_by)
					values (:id, :ls, :lk, :rs, :rk, :party, :p, :w, :explanation, :left, :right, 'OPEN', :at, :by)""")
					.param("id", UUID.randomUUID()).param("ls", review.left().source()).param("lk", review.left().key())
					.param("rs", review.right().source()).param("rk", review.right().key())
					.param("party", review.party()).param("p", score.probability()).param("w", finite(score.weight()))
					.param("explanation", explanationJson(score)).param("left", snapshot(review.left()))
					.param("right", snapshot(review.right())).param("at", now()).param("by", by).update();
		} catch (DuplicateKeyException e) {
			return false;
		}
		decisions.record(review.party(), "PROPOSED", review.left().ref(), review.right().ref(), score.probability(),
				MODEL, by, cut(score.explanation(), 1000));
		return true;
	}

	Map<RecordRef, String> fingerprints() {
		var seen = new HashMap<RecordRef, String>();
		jdbc.sql("select source_id, record_key, fingerprint from source_record_seen").query(rs -> {
			seen.put(new RecordRef(rs.getString(1), rs.getString(2)), rs.getString(3));
		});
		return seen;
	}

	/** After a first load: what every record looks like now, in batches. */
	@Transactional
	void replaceFingerprints(Map<RecordRef, String> fingerprints) {
		jdbc.sql("delete from source_record_seen").update();
		var at = now();
		var batch = new ArrayList<MapSqlParameterSource>();
		for (var entry : fingerprints.entrySet()) {
			batch.add(new MapSqlParameterSource().addValue("source", entry.getKey().source())
					.addValue("key", entry.getKey().key()).addValue("f", entry.getValue()).addValue("at", at));
			if (batch.size() == 1000) {
				insertSeen(batch);
			}
		}
		insertSeen(batch);
	}

	private void insertSeen(List<MapSqlParameterSource> batch) {
		if (!batch.isEmpty()) {
			named.batchUpdate("""
					insert into source_record_seen (source_id, record_key, fingerprint, seen_at)
					values (:source, :key, :f, :at)""", batch.toArray(MapSqlParameterSource[]::new));
			batch.clear();
		}
	}

	/** After an incremental run: what the changed records look like now. */
	@Transactional
	void saveFingerprints(Map<RecordRef, String> fingerprints) {
		var at = now();
		fingerprints.forEach((ref, fingerprint) -> {
			int updated = jdbc.sql("""
					update source_record_seen set fingerprint = :f, seen_at = :at
					where source_id = :source and record_key = :key""").param("source", ref.source())
					.param("key", ref.key()).param("f", fingerprint).param("at", at).update();
			if (updated == 0) {
				jdbc.sql("""
						insert into source_record_seen (source_id, record_key, fingerprint, seen_at)
						values (:source, :key, :f, :at)""").param("source", ref.source()).param("key", ref.key())
						.param("f", fingerprint).param("at", at).update();
			}
		});
	}

	public LinkingOverview overview() {
		var counts = new LinkedHashMap<String, long[]>();
		jdbc.sql("select source_id, method, count(*) from source_link group by source_id, method order by source_id")
				.query(rs -> {
					long[] row = counts.computeIfAbsent(rs.getString(1), s -> new long[3]);
					switch (rs.getString(2)) {
						case "RULE" -> row[0] = rs.getLong(3);
						case "MODEL" -> row[1] = rs.getLong(3);
						default -> row[2] += rs.getLong(3);
					}
				});
		var sources = new ArrayList<LinkingOverview.SourceLinkCounts>();
		counts.forEach(
				(source, row) -> sources.add(new LinkingOverview.SourceLinkCounts(source, row[0], row[1], row[2])));
		long open = jdbc.sql("select count(*) from link_review where status = 'OPEN'").query(Long.class).single();
		return new LinkingOverview(sources, open);
	}

	static String explanationJson(MatchScore score) {
		var comparisons = new ArrayList<Map<String, Object>>();
		for (var c : score.comparisons()) {
			var item = new LinkedHashMap<String, Object>();
			item.put("field", c.field());
			item.put("level", c.level());
			item.put("weight", finite(c.weight()));
			item.put("left", c.left());
			item.put("right", c.right());
			comparisons.add(item);
		}
		var json = new LinkedHashMap<String, Object>();
		json.put("rule", score.rule());
		json.put("comparisons", comparisons);
		return JSON.writeValueAsString(json);
	}

	private static String snapshot(SourceRecord record) {
		return JSON.writeValueAsString(IdentityRecords.snapshot(record));
	}

	private static double finite(double value) {
		return Double.isFinite(value) ? value : Math.copySign(1000, value);
	}

	private static LinkingRun run(ResultSet rs, int row) throws SQLException {
		var finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new LinkingRun(rs.getObject("id", UUID.class), LinkingRun.Kind.valueOf(rs.getString("kind")),
				rs.getString("trigger_text"), LinkingRun.State.valueOf(rs.getString("state")), rs.getString("phase"),
				rs.getInt("progress"), rs.getInt("records"), rs.getLong("candidate_pairs"), rs.getInt("links_made"),
				rs.getInt("reviews_proposed"), rs.getString("message"),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				finished == null ? null : finished.toInstant());
	}

	private OffsetDateTime now() {
		return Instant.now(clock).atOffset(ZoneOffset.UTC);
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
