package app.agora.community.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who started a thread and which post opened it. */
@Repository
class ThreadStarts {

	private final JdbcClient jdbc;

	ThreadStarts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Start(UUID authorAccountId, long firstPostId) {
	}

	Optional<Start> of(long threadId) {
		return jdbc
				.sql("""
						select t.author_account_id, (select min(p.id) from community_post p where p.thread_id = t.id) as first_post
						from community_thread t where t.id = :id""")
				.param("id", threadId)
				.query((rs, n) -> new Start(rs.getObject("author_account_id", UUID.class), rs.getLong("first_post")))
				.optional();
	}
}
