package app.agora.community.internal;

import app.agora.community.IdeaStatus;
import app.agora.community.IdeaStatusEntry;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accepted answers, idea votes and status changes, and post likes, through
 * parameterised SQL.
 */
@Repository
class AnswersStore {

	/**
	 * The latest status of an idea thread {@code t}, OPEN when staff never set one.
	 */
	static final String IDEA_STATUS = """
			coalesce((select st.status from community_idea_status st where st.thread_id = t.id
			  order by st.id desc fetch first 1 rows only), 'OPEN')""";

	private final JdbcClient jdbc;

	AnswersStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UUID> threadAuthor(long threadId) {
		return jdbc.sql("select author_account_id from community_thread where id = :id").param("id", threadId)
				.query(UUID.class).optional();
	}

	Optional<Long> firstPostId(long threadId) {
		return jdbc.sql("select min(id) from community_post where thread_id = :id").param("id", threadId)
				.query(Long.class).optional();
	}

	// accepted answers

	Optional<Long> acceptedPostId(long threadId) {
		return jdbc.sql("select post_id from community_accepted_answer where thread_id = :id").param("id", threadId)
				.query(Long.class).optional();
	}

	Map<Long, Long> acceptedPostIds(Collection<Long> threadIds) {
		Map<Long, Long> accepted = new HashMap<>();
		if (!threadIds.isEmpty()) {
			jdbc.sql("select thread_id, post_id from community_accepted_answer where thread_id in (:ids)")
					.param("ids", threadIds).query((rs, n) -> accepted.put(rs.getLong(1), rs.getLong(2))).list();
		}
		return accepted;
	}

	void accept(long threadId, long postId, UUID by, Instant now) {
		clearAccepted(threadId);
		jdbc.sql("""
				insert into community_accepted_answer (thread_id, post_id, accepted_by, accepted_at)
				values (:thread, :post, :by, :now)""").param("thread", threadId).param("post", postId).param("by", by)
				.param("now", at(now)).update();
	}

	boolean clearAccepted(long threadId) {
		return jdbc.sql("delete from community_accepted_answer where thread_id = :id").param("id", threadId)
				.update() > 0;
	}

	/** The page (of {@code pageSize} visible posts) the post is on. */
	int pageOf(long threadId, long postId, int pageSize) {
		int before = jdbc.sql("""
				select count(*) from community_post
				where thread_id = :thread and status = 'VISIBLE' and id < :post""").param("thread", threadId)
				.param("post", postId).query(Integer.class).single();
		return before / pageSize + 1;
	}

	// idea votes

	int votes(long threadId) {
		return jdbc.sql("select count(*) from community_idea_vote where thread_id = :id").param("id", threadId)
				.query(Integer.class).single();
	}

	Map<Long, Integer> votes(Collection<Long> threadIds) {
		Map<Long, Integer> votes = new HashMap<>();
		if (!threadIds.isEmpty()) {
			jdbc.sql("""
					select thread_id, count(*) from community_idea_vote where thread_id in (:ids)
					group by thread_id""").param("ids", threadIds)
					.query((rs, n) -> votes.put(rs.getLong(1), rs.getInt(2))).list();
		}
		return votes;
	}

	Set<Long> votedBy(Collection<Long> threadIds, UUID account) {
		if (threadIds.isEmpty() || account == null) {
			return Set.of();
		}
		return new HashSet<>(jdbc
				.sql("select thread_id from community_idea_vote where thread_id in (:ids) and account_id = :account")
				.param("ids", threadIds).param("account", account).query(Long.class).list());
	}

	boolean hasVoted(long threadId, UUID account) {
		return !votedBy(List.of(threadId), account).isEmpty();
	}

	void addVote(long threadId, UUID account, Instant now) {
		jdbc.sql("insert into community_idea_vote (thread_id, account_id, voted_at) values (:thread, :account, :now)")
				.param("thread", threadId).param("account", account).param("now", at(now)).update();
	}

	boolean removeVote(long threadId, UUID account) {
		return jdbc.sql("delete from community_idea_vote where thread_id = :thread and account_id = :account")
				.param("thread", threadId).param("account", account).update() > 0;
	}

	List<UUID> voters(long threadId) {
		return jdbc.sql("select account_id from community_idea_vote where thread_id = :id order by voted_at")
				.param("id", threadId).query(UUID.class).list();
	}

	// idea status

	IdeaStatus ideaStatus(long threadId) {
		return ideaStatuses(List.of(threadId)).getOrDefault(threadId, IdeaStatus.OPEN);
	}

	Map<Long, IdeaStatus> ideaStatuses(Collection<Long> threadIds) {
		Map<Long, IdeaStatus> statuses = new HashMap<>();
		if (!threadIds.isEmpty()) {
			jdbc.sql("select t.id, " + IDEA_STATUS + " as status from community_thread t where t.id in (:ids)")
					.param("ids", threadIds)
					.query((rs, n) -> statuses.put(rs.getLong(1), IdeaStatus.valueOf(rs.getString(2)))).list();
		}
		return statuses;
	}

	void addStatus(long threadId, IdeaStatus status, String comment, UUID by, String byName, Instant now) {
		jdbc.sql("""
				insert into community_idea_status (thread_id, status, comment, changed_by, changed_by_name, changed_at)
				values (:thread, :status, :comment, :by, :name, :now)""").param("thread", threadId)
				.param("status", status.name()).param("comment", comment).param("by", by).param("name", byName)
				.param("now", at(now)).update();
	}

	List<IdeaStatusEntry> history(long threadId) {
		return jdbc.sql("""
				select status, comment, changed_by_name, changed_at from community_idea_status
				where thread_id = :id order by id""").param("id", threadId)
				.query((rs, n) -> new IdeaStatusEntry(IdeaStatus.valueOf(rs.getString(1)), rs.getString(2),
						rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()))
				.list();
	}

	long countIdeas(long spaceId, IdeaStatus status) {
		return jdbc
				.sql("select count(*) from community_thread t where t.space_id = :space and t.kind = 'IDEA' "
						+ "and t.status = 'VISIBLE' and " + IDEA_STATUS + " = :status")
				.param("space", spaceId).param("status", status.name()).query(Long.class).single();
	}

	List<Long> ideas(long spaceId, IdeaStatus status, int offset, int limit) {
		return jdbc
				.sql("select t.id from community_thread t where t.space_id = :space and t.kind = 'IDEA' "
						+ "and t.status = 'VISIBLE' and " + IDEA_STATUS + " = :status "
						+ "order by t.last_activity_at desc, t.id desc offset :offset rows fetch next :limit rows only")
				.param("space", spaceId).param("status", status.name()).param("offset", offset).param("limit", limit)
				.query(Long.class).list();
	}

	// likes

	Map<Long, Integer> likes(Collection<Long> postIds) {
		Map<Long, Integer> likes = new HashMap<>();
		if (!postIds.isEmpty()) {
			jdbc.sql("select post_id, count(*) from community_post_like where post_id in (:ids) group by post_id")
					.param("ids", postIds).query((rs, n) -> likes.put(rs.getLong(1), rs.getInt(2))).list();
		}
		return likes;
	}

	Set<Long> likedBy(Collection<Long> postIds, UUID account) {
		if (postIds.isEmpty() || account == null) {
			return Set.of();
		}
		return new HashSet<>(
				jdbc.sql("select post_id from community_post_like where post_id in (:ids) and account_id = :account")
						.param("ids", postIds).param("account", account).query(Long.class).list());
	}

	void addLike(long postId, UUID account, Instant now) {
		jdbc.sql("insert into community_post_like (post_id, account_id, liked_at) values (:post, :account, :now)")
				.param("post", postId).param("account", account).param("now", at(now)).update();
	}

	boolean removeLike(long postId, UUID account) {
		return jdbc.sql("delete from community_post_like where post_id = :post and account_id = :account")
				.param("post", postId).param("account", account).update() > 0;
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
