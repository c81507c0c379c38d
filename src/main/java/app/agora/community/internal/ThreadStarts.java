package app.agora.community.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who started a thread. */
@Repository
class ThreadStarts {

	private final JdbcClient jdbc;

	ThreadStarts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UUID> authorOf(long threadId) {
		return jdbc.sql("select author_account_id from community_thread where id = :id").param("id", threadId)
				.query(UUID.class).optional();
	}
}
