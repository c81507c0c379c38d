package app.agora.listening.internal;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the tagging thread would do, done at once for a test (the thread is off
 * in tests): every waiting item is made due now and tagged, batch after batch.
 */
final class TagEverything {

	private TagEverything() {
	}

	static void now(JdbcClient jdbc, TaggingWorker worker) {
		jdbc.sql("update listening_feedback set next_attempt_at = :now where state = 'WAITING'")
				.param("now", FeedbackStore.utc(Instant.now())).update();
		while (worker.tagDue() > 0) {
			// batch after batch
		}
	}
}
