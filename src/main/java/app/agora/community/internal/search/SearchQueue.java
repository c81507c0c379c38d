package app.agora.community.internal.search;

import app.agora.Arrivals;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The changes the search index has yet to take in: a post or a whole thread to
 * read again. Queued in the transaction of the change (a transactional outbox),
 * taken out only once indexed and committed.
 */
@Repository
class SearchQueue {

	/** One queued change: a post, or a thread when {@code threadId} is set. */
	record Change(long id, Long postId, Long threadId) {
	}

	private final JdbcClient jdbc;
	private final Arrivals arrivals = new Arrivals();

	SearchQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Tells the indexing thread that changes were committed. */
	void signal() {
		arrivals.signal();
	}

	/** Waits until {@link #signal} or the timeout; false on timeout. */
	boolean awaitSignal(Duration timeout) throws InterruptedException {
		return arrivals.await(timeout);
	}

	void post(long postId) {
		jdbc.sql("insert into community_search_queue (post_id, queued_at) values (:post, :now)").param("post", postId)
				.param("now", Timestamp.from(Instant.now())).update();
	}

	void thread(long threadId) {
		jdbc.sql("insert into community_search_queue (thread_id, queued_at) values (:thread, :now)")
				.param("thread", threadId).param("now", Timestamp.from(Instant.now())).update();
	}

	/** The oldest queued changes, at most {@code limit}. */
	List<Change> next(int limit) {
		return jdbc.sql(
				"select id, post_id, thread_id from community_search_queue order by id fetch first :limit rows only")
				.param("limit", limit).query((rs, n) -> new Change(rs.getLong("id"),
						rs.getObject("post_id", Long.class), rs.getObject("thread_id", Long.class)))
				.list();
	}

	void done(Collection<Long> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("delete from community_search_queue where id in (:ids)").param("ids", ids).update();
		}
	}

	long size() {
		return jdbc.sql("select count(*) from community_search_queue").query(Long.class).single();
	}
}
