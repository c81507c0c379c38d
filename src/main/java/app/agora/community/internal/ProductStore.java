package app.agora.community.internal;

import app.agora.community.Product;
import app.agora.community.ProductDraft;
import app.agora.community.RatingSummary;
import app.agora.community.Review;
import app.agora.community.Slugs;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The catalogue, reviews, owner questions and owners' opt-in, through
 * parameterised SQL. Reviews and questions are read only from visible threads
 * of public spaces: product pages are public.
 */
@Repository
class ProductStore {

	/**
	 * "Most helpful" in one place: reviews by verified owners first, then the
	 * newest (there are no likes to count yet).
	 */
	static final String MOST_HELPFUL = "r.verified_owner desc, r.created_at desc, r.thread_id desc";

	private static final String PRODUCT_COLUMNS = "p.id, p.slug, p.name, p.description, s.slug as space_slug";

	private static final String REVIEW_FROM = """
			select r.thread_id, s.slug as space_slug, t.title, t.post_count, r.stars, r.verified_owner,
			  r.reviewer_account_id, p.author_name, p.id as post_id, p.source, p.html, p.version, p.created_at,
			  p.edited_at, pr.slug as product_slug
			from community_review r
			join community_product pr on pr.id = r.product_id
			join community_thread t on t.id = r.thread_id
			join community_space s on s.id = t.space_id
			join community_post p on p.id = (select min(f.id) from community_post f where f.thread_id = t.id)
			""";

	private static final String VISIBLE = " t.status = 'VISIBLE' and p.status = 'VISIBLE' and s.visibility = 'PUBLIC' ";

	private final JdbcClient jdbc;
	private final KnownSpaces spaces;

	ProductStore(JdbcClient jdbc, KnownSpaces spaces) {
		this.jdbc = jdbc;
		this.spaces = spaces;
	}

	// catalogue

	List<Product> products() {
		return jdbc
				.sql("select " + PRODUCT_COLUMNS
						+ " from community_product p join community_space s on s.id = p.space_id order by p.name")
				.query(this::mapProduct).list();
	}

	Optional<Product> productBySlug(String slug) {
		return jdbc
				.sql("select " + PRODUCT_COLUMNS
						+ " from community_product p join community_space s on s.id = p.space_id where p.slug = :slug")
				.param("slug", slug).query(this::mapProduct).optional();
	}

	boolean taken(String column, String value, Long exceptId) {
		String sql = switch (column) {
			case "slug" -> "select count(*) from community_product where slug = :value and id <> :except";
			case "name" -> "select count(*) from community_product where lower(name) = lower(:value) and id <> :except";
			default -> throw new IllegalArgumentException(column);
		};
		return jdbc.sql(sql).param("value", value).param("except", exceptId == null ? -1L : exceptId).query(Long.class)
				.single() > 0;
	}

	long insertProduct(ProductDraft draft, long spaceId, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into community_product (slug, name, description, space_id, created_at, updated_at)
				values (:slug, :name, :description, :space, :now, :now)""").param("slug", draft.slug())
				.param("name", draft.name()).param("description", draft.description()).param("space", spaceId)
				.param("now", at(now)).update(keys, "id");
		linkToSpace(spaceId, draft.name());
		return keys.getKey().longValue();
	}

	void updateProduct(long id, ProductDraft draft, long spaceId, Instant now) {
		jdbc.sql("""
				update community_product set slug = :slug, name = :name, description = :description,
				  space_id = :space, updated_at = :now where id = :id""").param("slug", draft.slug())
				.param("name", draft.name()).param("description", draft.description()).param("space", spaceId)
				.param("now", at(now)).param("id", id).update();
		linkToSpace(spaceId, draft.name());
	}

	/** The home space lists the product among its products. */
	private void linkToSpace(long spaceId, String name) {
		long linked = jdbc.sql("""
				select count(*) from community_space_product where space_id = :space and product_name = :name""")
				.param("space", spaceId).param("name", name).query(Long.class).single();
		if (linked == 0) {
			jdbc.sql("insert into community_space_product (space_id, product_name) values (:space, :name)")
					.param("space", spaceId).param("name", name).update();
			spaces.changed();
		}
	}

	// reviews

	void insertReview(long threadId, long productId, UUID reviewer, int stars, boolean verified, Instant now) {
		jdbc.sql("""
				insert into community_review (thread_id, product_id, reviewer_account_id, stars, verified_owner,
				  verified_at, created_at, updated_at)
				values (:thread, :product, :reviewer, :stars, :verified, :now, :now, :now)""").param("thread", threadId)
				.param("product", productId).param("reviewer", reviewer).param("stars", stars)
				.param("verified", verified).param("now", at(now)).update();
	}

	void updateStars(long threadId, int stars, Instant now) {
		jdbc.sql("update community_review set stars = :stars, updated_at = :now where thread_id = :thread")
				.param("stars", stars).param("now", at(now)).param("thread", threadId).update();
	}

	void updateVerified(long threadId, boolean verified, Instant now) {
		jdbc.sql("""
				update community_review set verified_owner = :verified, verified_at = :now, updated_at = :now
				where thread_id = :thread""").param("verified", verified).param("now", at(now))
				.param("thread", threadId).update();
	}

	boolean hasReviewed(long productId, UUID reviewer) {
		return jdbc
				.sql("""
						select count(*) from community_review where product_id = :product and reviewer_account_id = :reviewer""")
				.param("product", productId).param("reviewer", reviewer).query(Long.class).single() > 0;
	}

	/** The review in this thread, whatever its visibility (for its author). */
	Optional<Review> review(long threadId) {
		return jdbc.sql(REVIEW_FROM + " where r.thread_id = :thread").param("thread", threadId).query(this::mapReview)
				.optional();
	}

	Optional<Review> reviewBy(long productId, UUID reviewer) {
		return jdbc.sql(REVIEW_FROM + " where r.product_id = :product and r.reviewer_account_id = :reviewer")
				.param("product", productId).param("reviewer", reviewer).query(this::mapReview).optional();
	}

	List<Review> mostHelpful(long productId, int limit) {
		return jdbc
				.sql(REVIEW_FROM + " where r.product_id = :product and" + VISIBLE + "order by " + MOST_HELPFUL
						+ " fetch first :limit rows only")
				.param("product", productId).param("limit", limit).query(this::mapReview).list();
	}

	RatingSummary rating(long productId) {
		Map<Integer, Integer> counts = new HashMap<>();
		jdbc.sql("""
				select r.stars, count(*) as n from community_review r
				join community_thread t on t.id = r.thread_id
				join community_space s on s.id = t.space_id
				join community_post p on p.id = (select min(f.id) from community_post f where f.thread_id = t.id)
				where r.product_id = :product and""" + VISIBLE + "group by r.stars").param("product", productId)
				.query((rs, n) -> counts.put(rs.getInt("stars"), rs.getInt("n"))).list();
		int count = counts.values().stream().mapToInt(Integer::intValue).sum();
		int total = counts.entrySet().stream().mapToInt(e -> e.getKey() * e.getValue()).sum();
		List<RatingSummary.Bar> bars = new ArrayList<>();
		for (int stars = 5; stars >= 1; stars--) {
			bars.add(new RatingSummary.Bar(stars, counts.getOrDefault(stars, 0)));
		}
		return new RatingSummary(count, count == 0 ? 0 : (double) total / count, bars);
	}

	// questions

	/** Question threads about the product in public spaces, newest first. */
	List<QuestionRow> questions(String productName, int limit) {
		return jdbc.sql("""
				select t.id, s.slug as space_slug, t.title, t.author_name, t.created_at,
				  (q.thread_id is not null) as owner_question
				from community_thread t
				join community_space s on s.id = t.space_id
				left join community_owner_question q on q.thread_id = t.id
				where t.kind = 'QUESTION' and t.status = 'VISIBLE' and s.visibility = 'PUBLIC'
				  and lower(t.product_name) = lower(:name)
				order by t.created_at desc, t.id desc fetch first :limit rows only""").param("name", productName)
				.param("limit", limit)
				.query((rs, n) -> new QuestionRow(rs.getLong("id"), rs.getString("space_slug"), rs.getString("title"),
						rs.getString("author_name"), rs.getBoolean("owner_question"), instant(rs, "created_at")))
				.list();
	}

	void insertOwnerQuestion(long threadId, long productId, UUID asker, int ownersAsked, Instant now) {
		jdbc.sql("""
				insert into community_owner_question (thread_id, product_id, asker_account_id, owners_asked, asked_at)
				values (:thread, :product, :asker, :owners, :now)""").param("thread", threadId)
				.param("product", productId).param("asker", asker).param("owners", ownersAsked).param("now", at(now))
				.update();
	}

	/** The asker recorded for an owner question, if it is one. */
	Optional<UUID> askerOf(long threadId) {
		return jdbc.sql("select asker_account_id from community_owner_question where thread_id = :thread")
				.param("thread", threadId).query(UUID.class).optional();
	}

	// owners' opt-in

	boolean askable(UUID accountId) {
		return jdbc.sql("select askable from community_owner_setting where account_id = :account")
				.param("account", accountId).query(Boolean.class).optional().orElse(false);
	}

	void setAskable(UUID accountId, boolean askable, Instant now) {
		int changed = jdbc.sql("""
				update community_owner_setting set askable = :askable, updated_at = :now where account_id = :account""")
				.param("askable", askable).param("now", at(now)).param("account", accountId).update();
		if (changed == 0) {
			jdbc.sql("""
					insert into community_owner_setting (account_id, askable, updated_at)
					values (:account, :askable, :now)""").param("account", accountId).param("askable", askable)
					.param("now", at(now)).update();
		}
	}

	List<UUID> askableAccounts(int limit) {
		return jdbc.sql("""
				select account_id from community_owner_setting where askable = true
				order by updated_at fetch first :limit rows only""").param("limit", limit).query(UUID.class).list();
	}

	record QuestionRow(long threadId, String spaceSlug, String title, String askerName, boolean ownerQuestion,
			Instant askedAt) {

		String path() {
			return "/community/" + spaceSlug + "/t/" + threadId + "-" + Slugs.of(title);
		}
	}

	private Product mapProduct(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		String name = rs.getString("name");
		String home = rs.getString("space_slug");
		List<String> spaces = new ArrayList<>(List.of(home));
		jdbc.sql("""
				select s.slug from community_space_product sp join community_space s on s.id = sp.space_id
				where sp.product_name = :name and s.visibility = 'PUBLIC' order by s.slug""").param("name", name)
				.query(String.class).list().stream().filter(s -> !spaces.contains(s)).forEach(spaces::add);
		return new Product(id, rs.getString("slug"), name, rs.getString("description"), home, List.copyOf(spaces));
	}

	private Review mapReview(ResultSet rs, int row) throws SQLException {
		String title = rs.getString("title");
		long threadId = rs.getLong("thread_id");
		return new Review(threadId,
				"/community/" + rs.getString("space_slug") + "/t/" + threadId + "-" + Slugs.of(title),
				rs.getString("product_slug"), title, rs.getInt("stars"), rs.getBoolean("verified_owner"),
				rs.getObject("reviewer_account_id", UUID.class), rs.getString("author_name"), rs.getLong("post_id"),
				rs.getString("source"), rs.getString("html"), rs.getInt("version"), instant(rs, "created_at"),
				instant(rs, "edited_at"), Math.max(0, rs.getInt("post_count") - 1));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
