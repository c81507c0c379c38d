package app.agora.federation;

import app.agora.parties.Parties;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review queue: pairs the linking runs found between the thresholds, and
 * staff's decision on each. Accepting links the record to the party by staff
 * (or merges two parties); rejecting says the two are never the same. Every
 * decision goes to the decision log; a pair is decided once.
 */
@Service
public class LinkReviews {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String COLUMNS = """
			id, left_source, left_key, right_source, right_key, party_id, probability, weight, explanation,
			left_record, right_record, status, proposed_at, proposed_by, decided_at, decided_by, reason""";

	private final JdbcClient jdbc;
	private final SourceLinks links;
	private final NeverSame neverSame;
	private final LinkDecisions decisions;
	private final Parties parties;

	LinkReviews(JdbcClient jdbc, SourceLinks links, NeverSame neverSame, LinkDecisions decisions, Parties parties) {
		this.jdbc = jdbc;
		this.links = links;
		this.neverSame = neverSame;
		this.decisions = decisions;
		this.parties = parties;
	}

	/**
	 * A page of the queue: open pairs most probable first, decided ones most
	 * recently decided first. {@code status} and {@code source} may be null (all).
	 */
	public ReviewPage list(ReviewStatus status, String source, int page, int size) {
		int p = Math.max(0, page);
		int s = Math.clamp(size, 1, 200);
		String where = " where (cast(:status as varchar(10)) is null or status = :status)"
				+ " and (cast(:source as varchar(40)) is null or left_source = :source or right_source = :source)";
		String order = status == ReviewStatus.OPEN
				? " order by probability desc, proposed_at desc, id"
				: " order by decided_at desc nulls last, proposed_at desc, id";
		String statusName = status == null ? null : status.name();
		String sourceId = source == null || source.isBlank() ? null : source.strip();
		long total = jdbc.sql("select count(*) from link_review" + where).param("status", statusName)
				.param("source", sourceId).query(Long.class).single();
		var reviews = jdbc
				.sql("select " + COLUMNS + " from link_review" + where + order + " limit :limit offset :offset")
				.param("status", statusName).param("source", sourceId).param("limit", s).param("offset", (long) p * s)
				.query((rs, n) -> read(rs)).list();
		return new ReviewPage(reviews, p, s, total);
	}

	public long countOpen() {
		return jdbc.sql("select count(*) from link_review where status = 'OPEN'").query(Long.class).single();
	}

	public Optional<LinkReview> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from link_review where id = :id").param("id", id)
				.query((rs, n) -> read(rs)).optional();
	}

	public LinkReview get(UUID id) {
		return find(id).orElseThrow(() -> new ReviewNotFound(id));
	}

	/**
	 * Staff say the pair is one person. A record joins the party by a staff link
	 * (score = the pair's probability, the explanation kept); two parties are
	 * merged, the one the pair names surviving (else the left one).
	 *
	 * @throws LinkConflict
	 *             when the review is decided already, the record was linked to
	 *             another party meanwhile, or neither record belongs to a party
	 */
	@Transactional
	public LinkReview accept(UUID id, String by, String reason) {
		var review = open(id);
		String why = reasonOf(reason);
		var left = partyIdOf(review.left());
		var right = partyIdOf(review.right());
		UUID party;
		if (left.isPresent() && right.isPresent() && left.equals(right)) {
			// Merged meanwhile by other means: nothing left to do but record the decision.
			party = left.get();
		} else if (left.isPresent() && right.isPresent()) {
			party = mergeParties(review, left.get(), right.get(), by, why);
		} else {
			party = linkRecord(review, by, why);
		}
		decide(review, ReviewStatus.ACCEPTED, by, why);
		decisions.record(party, "ACCEPTED", review.left(), review.right(), review.probability(), "STAFF", by, why);
		return get(id);
	}

	/**
	 * Staff say the pair is two people: the two records are marked never the same,
	 * so no run proposes or links them again.
	 */
	@Transactional
	public LinkReview reject(UUID id, String by, String reason) {
		var review = open(id);
		String why = reasonOf(reason);
		neverSame.mark(review.left(), review.right(), by, why);
		decide(review, ReviewStatus.REJECTED, by, why);
		decisions.record(review.partyId(), "REJECTED", review.left(), review.right(), review.probability(), "STAFF", by,
				why);
		return get(id);
	}

	private UUID mergeParties(LinkReview review, UUID left, UUID right, String by, String why) {
		UUID survivor = right.equals(review.partyId()) ? right : left;
		UUID absorbed = survivor.equals(left) ? right : left;
		parties.merge(survivor, absorbed, by, why);
		return survivor;
	}

	private UUID linkRecord(LinkReview review, String by, String why) {
		UUID party = review.partyId();
		if (party == null) {
			party = links.partyOf(review.left().source(), review.left().key())
					.or(() -> links.partyOf(review.right().source(), review.right().key()))
					.orElseThrow(() -> new LinkConflict(
							"Neither record belongs to a party yet, so there is nothing to link them to."));
		}
		party = parties.currentId(party).orElseThrow(() -> new LinkConflict("The party of this pair is gone."));
		String explanation = explanationJson(review);
		for (var record : List.of(review.left(), review.right())) {
			if (NeverSame.AGORA.equals(record.source())) {
				continue;
			}
			var linked = links.partyOf(record.source(), record.key());
			if (linked.isPresent() && !linked.get().equals(party)) {
				throw new LinkConflict("Record " + record + " was linked to another party meanwhile.");
			}
			if (linked.isEmpty()) {
				if (neverSame.holds(record, NeverSame.party(party))) {
					throw new LinkConflict("Record " + record + " was marked never the same as this party.");
				}
				links.linkExplained(record.source(), record.key(), party, LinkMethod.STAFF, review.probability(), by,
						explanation);
			}
		}
		return party;
	}

	private Optional<UUID> partyIdOf(RecordRef record) {
		if (!NeverSame.AGORA.equals(record.source())) {
			return Optional.empty();
		}
		try {
			return parties.currentId(UUID.fromString(record.key()));
		} catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	private LinkReview open(UUID id) {
		var review = get(id);
		if (!review.isOpen()) {
			throw new LinkConflict("This pair was decided already (" + review.status() + ").");
		}
		return review;
	}

	private void decide(LinkReview review, ReviewStatus status, String by, String why) {
		int updated = jdbc.sql("""
				update link_review set status = :status, decided_at = :at, decided_by = :by, reason = :reason
				where id = :id and status = 'OPEN'""").param("status", status.name())
				.param("at", Timestamp.from(decisions.now())).param("by", by).param("reason", why)
				.param("id", review.id()).update();
		if (updated == 0) {
			throw new LinkConflict("This pair was decided meanwhile.");
		}
	}

	private static String reasonOf(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Say why: a reason is required.");
		}
		if (reason.length() > 1000) {
			throw new IllegalArgumentException("A reason may have at most 1000 characters.");
		}
		return reason.strip();
	}

	private static String explanationJson(LinkReview review) {
		var comparisons = new ArrayList<Map<String, Object>>();
		for (var c : review.comparisons()) {
			var m = new LinkedHashMap<String, Object>();
			m.put("field", c.field());
			m.put("level", c.level());
			m.put("weight", c.weight());
			m.put("left", c.left());
			m.put("right", c.right());
			comparisons.add(m);
		}
		var root = new LinkedHashMap<String, Object>();
		root.put("rule", review.rule());
		root.put("comparisons", comparisons);
		root.put("probability", review.probability());
		root.put("review", review.id().toString());
		String json = JSON.writeValueAsString(root);
		return json.length() > 4000 ? json.substring(0, 4000) : json;
	}

	private static LinkReview read(java.sql.ResultSet rs) throws java.sql.SQLException {
		JsonNode explanation = parse(rs.getString("explanation"));
		String rule = explanation.path("rule").isNull() || explanation.path("rule").isMissingNode()
				? null
				: explanation.path("rule").asString();
		var comparisons = new ArrayList<ReviewComparison>();
		for (JsonNode c : explanation.path("comparisons")) {
			comparisons.add(new ReviewComparison(c.path("field").asString(""), c.path("level").asString(""),
					c.path("weight").asDouble(0), text(c.path("left")), text(c.path("right"))));
		}
		return new LinkReview(rs.getObject("id", UUID.class),
				new RecordRef(rs.getString("left_source"), rs.getString("left_key")),
				new RecordRef(rs.getString("right_source"), rs.getString("right_key")),
				rs.getObject("party_id", UUID.class), rs.getDouble("probability"), rs.getDouble("weight"), rule,
				comparisons, fields(rs.getString("left_record")), fields(rs.getString("right_record")),
				ReviewStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("proposed_at")),
				rs.getString("proposed_by"), instant(rs.getTimestamp("decided_at")), rs.getString("decided_by"),
				rs.getString("reason"));
	}

	private static java.time.Instant instant(Timestamp at) {
		return at == null ? null : at.toInstant();
	}

	private static JsonNode parse(String json) {
		try {
			return json == null ? JSON.missingNode() : JSON.readTree(json);
		} catch (tools.jackson.core.JacksonException unreadable) {
			return JSON.missingNode();
		}
	}

	private static Map<String, String> fields(String json) {
		var fields = new LinkedHashMap<String, String>();
		var node = parse(json);
		if (node.isObject()) {
			node.properties().forEach(e -> fields.put(e.getKey(), text(e.getValue())));
		}
		return fields;
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() || node.isMissingNode()
				? null
				: node.isValueNode() ? node.asString() : node.toString();
	}
}
