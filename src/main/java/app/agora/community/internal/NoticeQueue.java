package app.agora.community.internal;

import app.agora.Arrivals;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Published posts whose notifications are still to be given: queued in the
 * transaction that publishes the post (a transactional outbox, like the search
 * queue), taken out in the transaction that gives them.
 */
@Repository
class NoticeQueue {

	/** A queued post, with what its notifications need to find it. */
	record Queued(long id, long postId, long threadId, String spaceSlug, boolean opensThread, int attempts) {
	}

	private final JdbcClient jdbc;
	private final Arrivals arrivals = new Arrivals();

	NoticeQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues the post; answers it as queued. */
	Queued add(long postId, long threadId, String spaceSlug, boolean opensThread, Instant now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into community_notice_queue (post_id, thread_id, space_slug, opens_thread, queued_at,
				  next_attempt_at) values (:post, :thread, :space, :opens, :now, :now)""").param("post", postId)
				.param("thread", threadId).param("space", spaceSlug).param("opens", opensThread)
				.param("now", Timestamp.from(now)).update(key, "id");
		return new Queued(key.getKeyAs(Long.class), postId, threadId, spaceSlug, opensThread, 0);
	}

	/** The oldest posts due at {@code now}, at most {@code limit}. */
	List<Queued> due(Instant now, int limit) {
		return jdbc.sql("""
				select id, post_id, thread_id, space_slug, opens_thread, attempts from community_notice_queue
				where next_attempt_at <= :now order by id fetch first :limit rows only""")
				.param("now", Timestamp.from(now)).param("limit", limit)
				.query((rs, n) -> new Queued(rs.getLong("id"), rs.getLong("post_id"), rs.getLong("thread_id"),
						rs.getString("space_slug"), rs.getBoolean("opens_thread"), rs.getInt("attempts")))
				.list();
	}

	/**
	 * Takes the post out of the queue in the caller's transaction; false when
	 * another node took it first (its delete waits for that node's commit, then
	 * finds nothing).
	 */
	boolean take(long id) {
		return jdbc.sql("delete from community_notice_queue where id = :id").param("id", id).update() == 1;
	}

	/** A post whose notifications failed waits until {@code next}. */
	void later(Queued item, Instant next) {
		jdbc.sql("update community_notice_queue set attempts = :attempts, next_attempt_at = :next where id = :id")
				.param("attempts", item.attempts() + 1).param("next", Timestamp.from(next)).param("id", item.id())
				.update();
	}

	long size() {
		return jdbc.sql("select count(*) from community_notice_queue").query(Long.class).single();
	}

	void signal() {
		arrivals.signal();
	}

	void awaitSignal(Duration timeout) throws InterruptedException {
		arrivals.await(timeout);
	}
}
