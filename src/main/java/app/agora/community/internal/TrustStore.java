package app.agora.community.internal;

import app.agora.community.FlagReason;
import app.agora.community.ModerationEntry;
import app.agora.community.ModerationItem;
import app.agora.community.PostStatus;
import app.agora.community.Slugs;
import app.agora.community.Suspension;
import app.agora.community.TrustLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The trust and moderation tables (V11) through parameterised SQL, and the
 * reads of posts that moderation needs.
 */
@Repository
class TrustStore {

	private final JdbcClient jdbc;

	private final KnownSpaces spaces;

	TrustStore(JdbcClient jdbc, KnownSpaces spaces) {
		this.jdbc = jdbc;
		this.spaces = spaces;
	}

	// reputation

	record Reputation(Instant firstPostAt, int visiblePosts, int likesReceived, int acceptedAnswers, int score,
			TrustLevel grantedLevel) {
		static final Reputation NONE = new Reputation(null, 0, 0, 0, 0, null);
	}

	Reputation reputation(UUID account) {
		return jdbc.sql("""
				select first_post_at, visible_posts, likes_received, accepted_answers, score, granted_level
				from community_reputation where account_id = :account""").param("account", account)
				.query((rs, n) -> reputationOf(rs)).optional().orElse(Reputation.NONE);
	}

	/**
	 * The reputations of these accounts in one query; an account without a row has
	 * {@link Reputation#NONE}.
	 */
	Map<UUID, Reputation> reputations(Collection<UUID> accounts) {
		Map<UUID, Reputation> found = new HashMap<>();
		accounts.forEach(account -> found.put(account, Reputation.NONE));
		if (!accounts.isEmpty()) {
			jdbc.sql("""
					select account_id, first_post_at, visible_posts, likes_received, accepted_answers, score,
					granted_level from community_reputation where account_id in (:accounts)""")
					.param("accounts", accounts).query((RowCallbackHandler) rs -> {
						found.put(rs.getObject("account_id", UUID.class), reputationOf(rs));
					});
		}
		return found;
	}

	private static Reputation reputationOf(ResultSet rs) throws SQLException {
		return new Reputation(instant(rs, "first_post_at"), rs.getInt("visible_posts"), rs.getInt("likes_received"),
				rs.getInt("accepted_answers"), rs.getInt("score"),
				rs.getString("granted_level") == null ? null : TrustLevel.valueOf(rs.getString("granted_level")));
	}

	/** Makes the account's row if it has none; two first steps at once make one. */
	void ensureReputation(UUID account, Instant now) {
		jdbc.sql(
				"insert into community_reputation (account_id, updated_at) values (:account, :now) on conflict do nothing")
				.param("account", account).param("now", at(now)).update();
	}

	/**
	 * One more visible post: counted up, not recounted, so that a prolific author's
	 * next post costs the same as their first.
	 */
	void countPost(UUID account, TrustSettings.Points points, Instant now) {
		// one statement for a member who has a row: the count, the first post and the
		// score (the right side reads the row as it was)
		int counted = jdbc.sql("""
				update community_reputation set visible_posts = visible_posts + 1,
				  first_post_at = coalesce(first_post_at, :now), updated_at = :now,
				  score = (visible_posts + 1) * :post + likes_received * :like + accepted_answers * :answer
				where account_id = :account""").param("account", account).param("now", at(now))
				.param("post", points.getPost()).param("like", points.getLike())
				.param("answer", points.getAcceptedAnswer()).update();
		if (counted == 0) {
			ensureReputation(account, now);
			countPost(account, points, now);
		}
	}

	/**
	 * Counts the account's visible posts and first post again, and the score from
	 * the counters.
	 */
	void recount(UUID account, TrustSettings.Points points, Instant now) {
		ensureReputation(account, now);
		jdbc.sql("""
				update community_reputation set
				  visible_posts = (select count(*) from community_post p where p.author_account_id = :account
				    and p.status = 'VISIBLE'),
				  first_post_at = (select min(p.created_at) from community_post p where p.author_account_id = :account
				    and p.status = 'VISIBLE'),
				  updated_at = :now
				where account_id = :account""").param("account", account).param("now", at(now)).update();
		rescore(account, points);
	}

	/** The score from the counters. */
	void rescore(UUID account, TrustSettings.Points points) {
		jdbc.sql("""
				update community_reputation set score = visible_posts * :post + likes_received * :like
				  + accepted_answers * :answer where account_id = :account""").param("post", points.getPost())
				.param("like", points.getLike()).param("answer", points.getAcceptedAnswer()).param("account", account)
				.update();
	}

	void addLike(UUID account, Instant now) {
		ensureReputation(account, now);
		jdbc.sql("update community_reputation set likes_received = likes_received + 1 where account_id = :account")
				.param("account", account).update();
	}

	void addAcceptedAnswer(UUID account, long threadId, Instant now) {
		ensureReputation(account, now);
		jdbc.sql("update community_reputation set accepted_answers = accepted_answers + 1 where account_id = :account")
				.param("account", account).update();
		Long spaceId = jdbc.sql("select space_id from community_thread where id = :id").param("id", threadId)
				.query(Long.class).optional().orElse(null);
		if (spaceId == null) {
			return;
		}
		int changed = jdbc.sql("""
				update community_space_expertise set accepted_answers = accepted_answers + 1
				where account_id = :account and space_id = :space""").param("account", account).param("space", spaceId)
				.update();
		if (changed == 0) {
			jdbc.sql("""
					insert into community_space_expertise (account_id, space_id, accepted_answers)
					values (:account, :space, 1)""").param("account", account).param("space", spaceId).update();
		}
	}

	void grant(UUID account, TrustLevel level, Instant now) {
		ensureReputation(account, now);
		jdbc.sql(
				"update community_reputation set granted_level = :level, updated_at = :now where account_id = :account")
				.param("level", level == null ? null : level.name()).param("now", at(now)).param("account", account)
				.update();
	}

	/**
	 * Slugs of the spaces where the account has at least {@code answers} accepted
	 * answers.
	 */
	List<String> expertSpaces(UUID account, int answers) {
		return jdbc.sql("""
				select s.slug from community_space_expertise e join community_space s on s.id = e.space_id
				where e.account_id = :account and e.accepted_answers >= :answers order by s.slug""")
				.param("account", account).param("answers", answers).query(String.class).list();
	}

	/**
	 * Which of these accounts have at least {@code answers} accepted answers in the
	 * space.
	 */
	Set<UUID> expertsIn(String spaceSlug, Collection<UUID> accounts, int answers) {
		if (accounts.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select e.account_id from community_space_expertise e join community_space s on s.id = e.space_id
				where s.slug = :slug and e.accepted_answers >= :answers and e.account_id in (:accounts)""")
				.param("slug", spaceSlug).param("answers", answers).param("accounts", accounts).query(UUID.class)
				.list());
	}

	boolean moderatesAnySpace(UUID account) {
		return jdbc.sql("""
				select count(*) from community_space_member where account_id = :account and role = 'MODERATOR'""")
				.param("account", account).query(Long.class).single() > 0;
	}

	List<Long> moderatedSpaceIds(UUID account) {
		return jdbc
				.sql("select space_id from community_space_member where account_id = :account and role = 'MODERATOR'")
				.param("account", account).query(Long.class).list();
	}

	// what new members post

	int postsSince(UUID account, Instant since) {
		return jdbc
				.sql("select count(*) from community_post where author_account_id = :account and created_at >= :since")
				.param("account", account).param("since", at(since)).query(Integer.class).single();
	}

	List<String> sourcesSince(UUID account, Instant since) {
		return jdbc.sql("select source from community_post where author_account_id = :account and created_at >= :since")
				.param("account", account).param("since", at(since)).query(String.class).list();
	}

	/**
	 * Sources of the account's posts in other threads than this one (any thread
	 * when null) since then.
	 */
	List<String> sourcesElsewhereSince(UUID account, Long threadId, Instant since) {
		return jdbc.sql("""
				select source from community_post where author_account_id = :account and created_at >= :since
				  and thread_id <> :thread""").param("account", account).param("since", at(since))
				.param("thread", threadId == null ? -1L : threadId).query(String.class).list();
	}

	int approvedPosts(UUID account) {
		return jdbc.sql("""
				select count(*) from community_post p where p.author_account_id = :account and p.status = 'VISIBLE'""")
				.param("account", account).query(Integer.class).single();
	}

	void markWaiting(long postId, String reason, Instant now) {
		jdbc.sql("insert into community_waiting_post (post_id, reason, created_at) values (:post, :reason, :now)")
				.param("post", postId).param("reason", reason).param("now", at(now)).update();
	}

	Optional<String> waitingReason(long postId) {
		return jdbc.sql("select reason from community_waiting_post where post_id = :post and outcome is null")
				.param("post", postId).query(String.class).optional();
	}

	boolean wasRejected(long postId) {
		return jdbc.sql("select count(*) from community_waiting_post where post_id = :post and outcome = 'REJECTED'")
				.param("post", postId).query(Long.class).single() > 0;
	}

	void decide(long postId, String outcome, UUID by, Instant now) {
		jdbc.sql("""
				update community_waiting_post set outcome = :outcome, decided_by = :by, decided_at = :now
				where post_id = :post""").param("outcome", outcome).param("by", by).param("now", at(now))
				.param("post", postId).update();
	}

	// post and thread state

	record PostPlace(long postId, long threadId, long spaceId, String spaceSlug, UUID authorAccountId,
			PostStatus status, boolean firstPost, String threadStatus) {
	}

	Optional<PostPlace> place(long postId) {
		return jdbc.sql("""
				select p.id, p.thread_id, t.space_id, s.slug, p.author_account_id, p.status, t.status as t_status,
				  (select min(f.id) from community_post f where f.thread_id = t.id) as first_id
				from community_post p join community_thread t on t.id = p.thread_id
				join community_space s on s.id = t.space_id where p.id = :id""").param("id", postId)
				.query((rs, n) -> new PostPlace(rs.getLong("id"), rs.getLong("thread_id"), rs.getLong("space_id"),
						rs.getString("slug"), rs.getObject("author_account_id", UUID.class),
						PostStatus.valueOf(rs.getString("status")), rs.getLong("first_id") == rs.getLong("id"),
						rs.getString("t_status")))
				.optional();
	}

	/**
	 * Sets the post's status and keeps the thread's post count and last activity
	 * right.
	 */
	void setPostStatus(PostPlace place, PostStatus status, Instant now) {
		jdbc.sql("update community_post set status = :status where id = :id").param("status", status.name())
				.param("id", place.postId()).update();
		jdbc.sql("""
				update community_thread set post_count = (select count(*) from community_post p
				  where p.thread_id = :thread and p.status = 'VISIBLE') where id = :thread""")
				.param("thread", place.threadId()).update();
		if (status == PostStatus.VISIBLE) {
			jdbc.sql(
					"update community_thread set last_activity_at = :now where id = :thread and last_activity_at < :now")
					.param("now", at(now)).param("thread", place.threadId()).update();
		}
	}

	void setThreadStatus(long threadId, PostStatus status) {
		jdbc.sql("update community_thread set status = :status where id = :id").param("status", status.name())
				.param("id", threadId).update();
		spaces.threadsChanged();
	}

	void moveThread(long threadId, long spaceId) {
		jdbc.sql("update community_thread set space_id = :space where id = :id").param("space", spaceId)
				.param("id", threadId).update();
		spaces.threadsChanged();
	}

	record ThreadPlace(long threadId, long spaceId, String spaceSlug, boolean locked) {
	}

	Optional<ThreadPlace> thread(long threadId) {
		return jdbc.sql("""
				select t.id, t.space_id, s.slug, t.locked from community_thread t
				join community_space s on s.id = t.space_id where t.id = :id""").param("id", threadId)
				.query((rs, n) -> new ThreadPlace(rs.getLong("id"), rs.getLong("space_id"), rs.getString("slug"),
						rs.getBoolean("locked")))
				.optional();
	}

	// flags

	boolean flagged(long postId, UUID account) {
		return jdbc.sql("select count(*) from community_flag where post_id = :post and account_id = :account")
				.param("post", postId).param("account", account).query(Long.class).single() > 0;
	}

	void insertFlag(long postId, UUID account, String name, FlagReason reason, String note, boolean counts,
			Instant now) {
		jdbc.sql("""
				insert into community_flag (post_id, account_id, flagger_name, reason, note, counts_to_hide, created_at)
				values (:post, :account, :name, :reason, :note, :counts, :now)""").param("post", postId)
				.param("account", account).param("name", name).param("reason", reason.name()).param("note", note)
				.param("counts", counts).param("now", at(now)).update();
	}

	int openFlagsCounting(long postId) {
		return jdbc.sql("""
				select count(*) from community_flag where post_id = :post and resolved_at is null and counts_to_hide""")
				.param("post", postId).query(Integer.class).single();
	}

	List<ModerationItem.Flag> openFlags(long postId) {
		return jdbc.sql("""
				select flagger_name, reason, note, counts_to_hide, created_at from community_flag
				where post_id = :post and resolved_at is null order by id""").param("post", postId)
				.query((rs, n) -> new ModerationItem.Flag(rs.getString("flagger_name"),
						FlagReason.valueOf(rs.getString("reason")), rs.getString("note"),
						rs.getBoolean("counts_to_hide"), instant(rs, "created_at")))
				.list();
	}

	void resolveFlags(long postId, String resolution, Instant now) {
		jdbc.sql("""
				update community_flag set resolved_at = :now, resolution = :resolution
				where post_id = :post and resolved_at is null""").param("now", at(now)).param("resolution", resolution)
				.param("post", postId).update();
	}

	// the queue

	/**
	 * Waiting posts and posts with open flags, in these spaces (all spaces when
	 * null).
	 */
	List<ModerationItem> queue(Collection<Long> spaceIds) {
		String spaces = spaceIds == null ? "" : " and t.space_id in (:spaces)";
		var sql = jdbc.sql("""
				select p.id, p.thread_id, t.title, s.slug, p.author_name, p.html, p.source, p.status, t.locked,
				  p.created_at, w.reason as waiting_reason,
				  (select min(f.id) from community_post f where f.thread_id = t.id) as first_id
				from community_post p join community_thread t on t.id = p.thread_id
				join community_space s on s.id = t.space_id
				left join community_waiting_post w on w.post_id = p.id and w.outcome is null
				where (w.post_id is not null or exists (select 1 from community_flag g
				  where g.post_id = p.id and g.resolved_at is null))""" + spaces + " order by p.created_at, p.id");
		if (spaceIds != null) {
			if (spaceIds.isEmpty()) {
				return List.of();
			}
			sql = sql.param("spaces", spaceIds);
		}
		return sql.query((rs, n) -> {
			long id = rs.getLong("id");
			String path = "/community/" + rs.getString("slug") + "/t/" + rs.getLong("thread_id") + "-"
					+ Slugs.of(rs.getString("title"));
			return new ModerationItem(id, rs.getLong("thread_id"), rs.getString("title"), path, rs.getString("slug"),
					rs.getString("author_name"), rs.getString("html"), rs.getString("source"),
					PostStatus.valueOf(rs.getString("status")), rs.getLong("first_id") == id, rs.getBoolean("locked"),
					rs.getString("waiting_reason"), List.of(), instant(rs, "created_at"));
		}).list().stream()
				.map(item -> new ModerationItem(item.postId(), item.threadId(), item.threadTitle(), item.threadPath(),
						item.spaceSlug(), item.authorName(), item.html(), item.source(), item.status(),
						item.firstPost(), item.threadLocked(), item.waitingReason(), openFlags(item.postId()),
						item.createdAt()))
				.toList();
	}

	/** The author's posts still waiting (in one thread, or all when null). */
	List<Long> waitingPostIds(UUID author, Long threadId) {
		return jdbc.sql("""
				select p.id from community_post p join community_waiting_post w on w.post_id = p.id
				where w.outcome is null and p.author_account_id = :author and (:thread = -1 or p.thread_id = :thread)
				order by p.id""").param("author", author).param("thread", threadId == null ? -1L : threadId)
				.query(Long.class).list();
	}

	// suspensions

	Optional<Instant> suspendedUntil(UUID account, Instant now) {
		return jdbc.sql("""
				select max(until) from community_suspension where account_id = :account and lifted_at is null
				  and until > :now""").param("account", account).param("now", at(now)).query((rs, n) -> instant(rs, 1))
				.optional().filter(java.util.Objects::nonNull);
	}

	long insertSuspension(UUID account, String name, Instant until, String reason, UUID by, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into community_suspension (account_id, member_name, until, reason, created_by, created_at)
				values (:account, :name, :until, :reason, :by, :now)""").param("account", account).param("name", name)
				.param("until", at(until)).param("reason", reason).param("by", by).param("now", at(now))
				.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<Suspension> suspension(long id) {
		return jdbc.sql("select * from community_suspension where id = :id").param("id", id)
				.query(TrustStore::mapSuspension).optional();
	}

	List<Suspension> suspensions(Instant since) {
		return jdbc.sql("""
				select * from community_suspension where until > :since or lifted_at > :since
				order by created_at desc, id desc""").param("since", at(since)).query(TrustStore::mapSuspension).list();
	}

	void lift(long id, UUID by, Instant now) {
		jdbc.sql(
				"update community_suspension set lifted_at = :now, lifted_by = :by where id = :id and lifted_at is null")
				.param("now", at(now)).param("by", by).param("id", id).update();
	}

	private static Suspension mapSuspension(ResultSet rs, int n) throws SQLException {
		return new Suspension(rs.getLong("id"), rs.getString("member_name"), instant(rs, "until"),
				rs.getString("reason"), instant(rs, "created_at"), instant(rs, "lifted_at"));
	}

	// the log

	void log(UUID moderator, String name, String action, String targetKind, String targetId, Long spaceId,
			String reason, Instant now) {
		jdbc.sql("""
				insert into community_moderation_log (moderator_id, moderator_name, action, target_kind, target_id,
				  space_id, reason, created_at)
				values (:moderator, :name, :action, :kind, :target, :space, :reason, :now)""")
				.param("moderator", moderator).param("name", name).param("action", action).param("kind", targetKind)
				.param("target", targetId).param("space", spaceId).param("reason", reason).param("now", at(now))
				.update();
	}

	/** Newest first; only these spaces' entries when spaceIds is not null. */
	List<ModerationEntry> log(Collection<Long> spaceIds, int limit) {
		String spaces = spaceIds == null ? "" : " where l.space_id in (:spaces)";
		var sql = jdbc
				.sql("""
						select l.id, l.moderator_name, l.action, l.target_kind, l.target_id, s.slug, l.reason, l.created_at
						from community_moderation_log l left join community_space s on s.id = l.space_id"""
						+ spaces + " order by l.created_at desc, l.id desc fetch first :limit rows only")
				.param("limit", limit);
		if (spaceIds != null) {
			if (spaceIds.isEmpty()) {
				return List.of();
			}
			sql = sql.param("spaces", spaceIds);
		}
		return sql.query((rs, n) -> new ModerationEntry(rs.getLong("id"), rs.getString("moderator_name"),
				rs.getString("action"), rs.getString("target_kind"), rs.getString("target_id"), rs.getString("slug"),
				rs.getString("reason"), instant(rs, "created_at"))).list();
	}

	/**
	 * What {@code PostPublished} says about a post approved out of the queue. Only
	 * new members' posts wait there, never staff's.
	 */
	Optional<app.agora.community.PostPublished> published(long postId) {
		return jdbc.sql("""
				select p.id, p.thread_id, s.slug, t.kind, p.author_party_id, t.product_name, p.source,
				       p.author_account_id, p.author_name, p.created_at,
				       (select min(f.id) from community_post f where f.thread_id = t.id) as first_id
				from community_post p join community_thread t on t.id = p.thread_id
				join community_space s on s.id = t.space_id where p.id = :id""").param("id", postId)
				.query((rs, n) -> new app.agora.community.PostPublished(rs.getLong("id"), rs.getLong("thread_id"),
						rs.getString("slug"), app.agora.community.ThreadKind.valueOf(rs.getString("kind")),
						rs.getObject("author_party_id", UUID.class), rs.getString("product_name"),
						rs.getString("source"), rs.getObject("author_account_id", UUID.class),
						rs.getString("author_name"),
						"/community/" + rs.getString("slug") + "/t/" + rs.getLong("thread_id") + "#post-"
								+ rs.getLong("id"),
						instant(rs, "created_at"), rs.getLong("first_id") == rs.getLong("id"), false))
				.optional();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
