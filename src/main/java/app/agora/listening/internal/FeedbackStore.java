package app.agora.listening.internal;

import app.agora.listening.FeedbackItem;
import app.agora.listening.FeedbackOrigin;
import app.agora.listening.FeedbackQuery;
import app.agora.listening.FeedbackState;
import app.agora.listening.Mention;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Feedback items and their tags, in plain SQL. */
@Repository
class FeedbackStore {

	private static final String COLUMNS = """
			f.id, f.origin, f.origin_ref, f.channel, f.author_party_id, f.author_name, f.text, f.context_path,
			f.said_at, f.received_at, f.recorded_by, f.state, f.reason, f.language, f.sentiment_score, f.sentiment,
			f.theme_id, t.name as theme_name""";

	private final JdbcClient jdbc;

	FeedbackStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the item unless one with the same origin and reference exists (an
	 * event delivered twice); empty then.
	 */
	Optional<Long> insert(NewFeedback item, FeedbackState state, String reason, Instant now) {
		boolean exists = jdbc
				.sql("select count(*) from listening_feedback where origin = :origin and origin_ref = :ref")
				.param("origin", item.origin().name()).param("ref", item.originRef()).query(Long.class).single() > 0;
		if (exists) {
			return Optional.empty();
		}
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into listening_feedback (origin, origin_ref, channel, author_party_id, author_account_id,
						  author_name, text, context_path, product_hint, competitor_hint, said_at, received_at, recorded_by, state, reason,
						  next_attempt_at)
						values (:origin, :ref, :channel, :party, :account, :name, :text, :context, :product, :competitor, :said, :now, :by,
						  :state, :reason, :now)""")
				.param("origin", item.origin().name()).param("ref", item.originRef()).param("channel", item.channel())
				.param("party", item.authorPartyId()).param("account", item.authorAccountId())
				.param("name", item.authorName()).param("text", item.text()).param("context", item.contextPath())
				.param("product", item.productHint()).param("competitor", item.competitorHint())
				.param("said", utc(item.saidAt())).param("now", utc(now)).param("by", item.recordedBy())
				.param("state", state.name()).param("reason", reason).update(keys, "id");
		return Optional.of(keys.getKeyAs(Number.class).longValue());
	}

	/** Items due for tagging, oldest first. */
	List<Waiting> due(Instant now, int limit) {
		return jdbc.sql("""
				select id, origin, text, product_hint, competitor_hint, author_party_id, author_account_id, said_at
				from listening_feedback
				where state = 'WAITING' and next_attempt_at <= :now order by id fetch first :limit rows only""")
				.param("now", utc(now)).param("limit", limit)
				.query((rs, n) -> new Waiting(rs.getLong("id"), FeedbackOrigin.valueOf(rs.getString("origin")),
						rs.getString("text"), rs.getString("product_hint"), rs.getObject("competitor_hint", UUID.class),
						rs.getObject("author_party_id", UUID.class), rs.getObject("author_account_id", UUID.class),
						instant(rs, "said_at")))
				.list();
	}

	/**
	 * Takes an item for tagging until {@code until}: false if another node took it
	 * first. An item whose tagging never finished (Agora stopped) is due again
	 * then.
	 */
	boolean claim(long id, Instant now, Instant until) {
		return jdbc.sql("""
				update listening_feedback set next_attempt_at = :until
				where id = :id and state = 'WAITING' and next_attempt_at <= :now""").param("id", id)
				.param("now", utc(now)).param("until", utc(until)).update() == 1;
	}

	/** An item waiting to be tagged. */
	record Waiting(long id, FeedbackOrigin origin, String text, String productHint, UUID competitorHint,
			UUID authorPartyId, UUID authorAccountId, Instant saidAt) {
	}

	/**
	 * Writes an item's tags, if it still waits (another node may have tagged it
	 * meanwhile); false if it did not.
	 */
	boolean tagged(long id, Tags tags, Instant now) {
		int changed = jdbc.sql("""
				update listening_feedback set state = 'TAGGED', reason = :note, language = :language,
				  sentiment_score = :score, sentiment = :label, theme_id = :theme, embedding = :embedding,
				  tagged_at = :now, next_attempt_at = null
				where id = :id and state = 'WAITING'""").param("id", id).param("note", tags.note())
				.param("language", tags.language()).param("score", tags.sentimentScore())
				.param("label", tags.sentiment()).param("theme", tags.themeId())
				.param("embedding", Vectors.toBytes(tags.embedding())).param("now", utc(now)).update();
		if (changed == 0) {
			return false;
		}
		insertMentions(id, tags.products(), tags.competitors());
		return true;
	}

	/**
	 * A waiting item has no mentions yet: they are written with its tags, in one
	 * transaction.
	 */
	private void insertMentions(long id, List<String> products, List<Mention> competitors) {
		for (String product : products) {
			jdbc.sql("insert into listening_feedback_product (feedback_id, product) values (:id, :product)")
					.param("id", id).param("product", product).update();
		}
		for (Mention competitor : competitors) {
			jdbc.sql("""
					insert into listening_feedback_competitor (feedback_id, competitor_id, competitor_name)
					values (:id, :competitor, :name)""").param("id", id).param("competitor", competitor.competitorId())
					.param("name", competitor.name()).update();
		}
	}

	void rejected(long id, String reason, Instant now) {
		jdbc.sql("""
				update listening_feedback set state = 'REJECTED', reason = :reason, tagged_at = :now,
				  next_attempt_at = null where id = :id and state = 'WAITING'""").param("id", id)
				.param("reason", reason).param("now", utc(now)).update();
	}

	/**
	 * Tagging failed: the item keeps waiting, to be tried again at {@code next}.
	 */
	void failed(long id, String reason, Instant next) {
		jdbc.sql("""
				update listening_feedback set attempts = attempts + 1, reason = :reason, next_attempt_at = :next
				where id = :id and state = 'WAITING'""").param("id", id).param("reason", reason)
				.param("next", utc(next)).update();
	}

	int attempts(long id) {
		return jdbc.sql("select attempts from listening_feedback where id = :id").param("id", id).query(Integer.class)
				.optional().orElse(0);
	}

	long countWaiting() {
		return jdbc.sql("select count(*) from listening_feedback where state = 'WAITING'").query(Long.class).single();
	}

	Optional<FeedbackItem> item(long id) {
		var items = withMentions(jdbc.sql("select " + COLUMNS
				+ " from listening_feedback f left join listening_theme t on t.id = f.theme_id where f.id = :id")
				.param("id", id).query(FeedbackStore::row).list());
		return items.stream().findFirst();
	}

	/** One page of items matching the query, newest first, and how many match. */
	List<FeedbackItem> find(FeedbackQuery query, int page, int size) {
		var where = new Filter(query);
		var spec = jdbc.sql("select " + COLUMNS + " from listening_feedback f left join listening_theme t on t.id = "
				+ "f.theme_id where " + where.sql() + " order by f.said_at desc, f.id desc offset :offset rows "
				+ "fetch first :size rows only");
		for (var p : where.params().entrySet()) {
			spec = spec.param(p.getKey(), p.getValue());
		}
		return withMentions(
				spec.param("offset", (long) page * size).param("size", size).query(FeedbackStore::row).list());
	}

	long count(FeedbackQuery query) {
		var where = new Filter(query);
		var spec = jdbc.sql("select count(*) from listening_feedback f where " + where.sql());
		for (var p : where.params().entrySet()) {
			spec = spec.param(p.getKey(), p.getValue());
		}
		return spec.query(Long.class).single();
	}

	/** The texts of a theme's latest items, for naming it. */
	List<String> textsOf(long themeId, int limit) {
		return jdbc.sql("""
				select text from listening_feedback where theme_id = :theme and state = 'TAGGED'
				order by said_at desc fetch first :limit rows only""").param("theme", themeId).param("limit", limit)
				.query(String.class).list();
	}

	/**
	 * Latest texts of other themes, as the background a theme's name stands out
	 * against.
	 */
	List<String> textsOutside(long themeId, int limit) {
		return jdbc.sql("""
				select text from listening_feedback where state = 'TAGGED' and theme_id <> :theme
				order by id desc fetch first :limit rows only""").param("theme", themeId).param("limit", limit)
				.query(String.class).list();
	}

	/** Embeddings of a theme's items, by item id. */
	Map<Long, float[]> embeddingsOf(long themeId) {
		Map<Long, float[]> embeddings = new LinkedHashMap<>();
		jdbc.sql("select id, embedding from listening_feedback where theme_id = :theme order by id")
				.param("theme", themeId).query((ResultSet rs) -> {
					embeddings.put(rs.getLong("id"), Vectors.fromBytes(rs.getBytes("embedding")));
				});
		return embeddings;
	}

	Optional<float[]> embeddingOf(long id) {
		return jdbc.sql("select embedding from listening_feedback where id = :id").param("id", id)
				.query((rs, n) -> Optional.ofNullable(Vectors.fromBytes(rs.getBytes("embedding")))).optional()
				.flatMap(e -> e);
	}

	void moveToTheme(long id, Long themeId) {
		jdbc.sql("update listening_feedback set theme_id = :theme where id = :id").param("id", id)
				.param("theme", themeId).update();
	}

	void moveAll(long fromTheme, long toTheme) {
		jdbc.sql("update listening_feedback set theme_id = :to where theme_id = :from").param("from", fromTheme)
				.param("to", toTheme).update();
	}

	/** Products named in tagged items, most named first. */
	List<String> productsNamed() {
		return jdbc.sql("""
				select product from listening_feedback_product group by product order by count(*) desc, product""")
				.query(String.class).list();
	}

	/** Competitors named in tagged items, most named first. */
	List<Mention> competitorsNamed() {
		return jdbc.sql("""
				select competitor_id, min(competitor_name) as name from listening_feedback_competitor
				group by competitor_id order by count(*) desc, min(competitor_name)""")
				.query((rs, n) -> new Mention(rs.getObject("competitor_id", UUID.class), rs.getString("name"))).list();
	}

	private List<FeedbackItem> withMentions(List<FeedbackItem> items) {
		if (items.isEmpty()) {
			return items;
		}
		List<Long> ids = items.stream().map(FeedbackItem::id).toList();
		Map<Long, List<String>> products = new HashMap<>();
		jdbc.sql("select feedback_id, product from listening_feedback_product where feedback_id in (:ids) "
				+ "order by product").param("ids", ids).query((ResultSet rs) -> {
					products.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
				});
		Map<Long, List<Mention>> competitors = new HashMap<>();
		jdbc.sql("select feedback_id, competitor_id, competitor_name from listening_feedback_competitor "
				+ "where feedback_id in (:ids) order by competitor_name").param("ids", ids).query((ResultSet rs) -> {
					competitors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
							.add(new Mention(rs.getObject(2, UUID.class), rs.getString(3)));
				});
		return items.stream()
				.map(i -> new FeedbackItem(i.id(), i.origin(), i.originRef(), i.channel(), i.authorPartyId(),
						i.authorName(), i.text(), i.contextPath(), i.saidAt(), i.receivedAt(), i.recordedBy(),
						i.state(), i.reason(), i.language(), i.sentimentScore(), i.sentiment(), i.themeId(),
						i.themeName(), products.getOrDefault(i.id(), List.of()),
						competitors.getOrDefault(i.id(), List.of())))
				.toList();
	}

	private static FeedbackItem row(ResultSet rs, int n) throws SQLException {
		double score = rs.getDouble("sentiment_score");
		Double sentiment = rs.wasNull() ? null : score;
		long theme = rs.getLong("theme_id");
		Long themeId = rs.wasNull() ? null : theme;
		return new FeedbackItem(rs.getLong("id"), FeedbackOrigin.valueOf(rs.getString("origin")),
				rs.getString("origin_ref"), rs.getString("channel"), rs.getObject("author_party_id", UUID.class),
				rs.getString("author_name"), rs.getString("text"), rs.getString("context_path"), instant(rs, "said_at"),
				instant(rs, "received_at"), rs.getString("recorded_by"), FeedbackState.valueOf(rs.getString("state")),
				rs.getString("reason"), rs.getString("language"), sentiment, rs.getString("sentiment"), themeId,
				rs.getString("theme_name"), List.of(), List.of());
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/**
	 * The where clause of an inbox query, with its parameters (never the values in
	 * the SQL).
	 */
	private static final class Filter {

		private final StringBuilder sql = new StringBuilder("1 = 1");
		private final Map<String, Object> params = new HashMap<>();

		Filter(FeedbackQuery q) {
			if (q.product() != null) {
				sql.append(" and exists (select 1 from listening_feedback_product p where p.feedback_id = f.id"
						+ " and p.product = :product)");
				params.put("product", q.product());
			}
			if (q.competitorId() != null) {
				sql.append(" and exists (select 1 from listening_feedback_competitor c where c.feedback_id = f.id"
						+ " and c.competitor_id = :competitor)");
				params.put("competitor", q.competitorId());
			}
			if (q.themeId() != null) {
				sql.append(" and f.theme_id = :theme");
				params.put("theme", q.themeId());
			}
			if (q.sentiment() != null) {
				sql.append(" and f.sentiment = :sentiment");
				params.put("sentiment", q.sentiment());
			}
			if (q.origin() != null) {
				sql.append(" and f.origin = :origin");
				params.put("origin", q.origin().name());
			}
			if (q.state() != null) {
				sql.append(" and f.state = :state");
				params.put("state", q.state().name());
			}
			if (q.from() != null) {
				sql.append(" and f.said_at >= :from");
				params.put("from", q.from().atStartOfDay().atOffset(ZoneOffset.UTC));
			}
			if (q.to() != null) {
				sql.append(" and f.said_at < :to");
				params.put("to", q.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
			}
		}

		String sql() {
			return sql.toString();
		}

		Map<String, Object> params() {
			return params;
		}
	}
}
