package app.agora.community.internal.search;

import app.agora.community.ThreadKind;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the search index holds from the community tables: only visible
 * posts of visible threads, so hidden and pending posts are never found.
 */
@Component
class SearchSource {

	private static final String SELECT = """
			select p.id as post_id, p.thread_id, t.space_id, t.kind, t.title, t.product_name, p.source, p.created_at,
			  case when p.id = (select min(f.id) from community_post f where f.thread_id = t.id) then 1 else 0 end
			    as first_post
			from community_post p join community_thread t on t.id = p.thread_id
			where p.status = 'VISIBLE' and t.status = 'VISIBLE'""";

	private final JdbcClient jdbc;
	private final SolvedThreads solved;

	SearchSource(JdbcClient jdbc, SolvedThreads solved) {
		this.jdbc = jdbc;
		this.solved = solved;
	}

	/** The post if it is to be found, else empty (hidden, pending, gone). */
	List<IndexedPost> post(long postId) {
		return withSolved(jdbc.sql(SELECT + " and p.id = :id").param("id", postId).query(this::row).list());
	}

	/** Those of these posts that are to be found. */
	List<IndexedPost> posts(Collection<Long> postIds) {
		if (postIds.isEmpty()) {
			return List.of();
		}
		return withSolved(jdbc.sql(SELECT + " and p.id in (:ids)").param("ids", postIds).query(this::row).list());
	}

	/** The thread's findable posts, none if the thread is hidden or gone. */
	List<IndexedPost> thread(long threadId) {
		return withSolved(
				jdbc.sql(SELECT + " and t.id = :id order by p.id").param("id", threadId).query(this::row).list());
	}

	/** The next batch of findable posts after {@code afterPostId}, by id. */
	List<IndexedPost> batchAfter(long afterPostId, int size) {
		return withSolved(jdbc.sql(SELECT + " and p.id > :after order by p.id fetch first :size rows only")
				.param("after", afterPostId).param("size", size).query(this::row).list());
	}

	private List<IndexedPost> withSolved(List<IndexedPost> posts) {
		Set<Long> solvedThreads = solved.solvedAmong(posts.stream().map(IndexedPost::threadId).distinct().toList());
		if (solvedThreads.isEmpty()) {
			return posts;
		}
		var result = new ArrayList<IndexedPost>(posts.size());
		for (IndexedPost p : posts) {
			result.add(new IndexedPost(p.postId(), p.threadId(), p.spaceId(), p.kind(), p.title(), p.productName(),
					solvedThreads.contains(p.threadId()), p.firstPost(), p.text(), p.createdAt()));
		}
		return result;
	}

	private IndexedPost row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new IndexedPost(rs.getLong("post_id"), rs.getLong("thread_id"), rs.getLong("space_id"),
				ThreadKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("product_name"), false,
				rs.getInt("first_post") == 1, rs.getString("source"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
