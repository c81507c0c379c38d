package app.agora.community.internal.search;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which threads have an accepted answer, for the search filter "solved": a
 * question is solved while {@code community_accepted_answer} holds a row for it
 * (answers, V9). Accepting or undoing an answer publishes
 * {@code ThreadChanged}, which re-indexes the thread.
 */
@Component
class SolvedThreads {

	private final JdbcClient jdbc;

	SolvedThreads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The threads among these that have an accepted answer. */
	Set<Long> solvedAmong(Collection<Long> threadIds) {
		if (threadIds.isEmpty()) {
			return Set.of();
		}
		return jdbc.sql("select thread_id from community_accepted_answer where thread_id in (:ids)")
				.param("ids", threadIds).query(Long.class).list().stream().collect(Collectors.toSet());
	}
}
