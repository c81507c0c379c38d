package app.agora.community;

import java.time.Instant;
import java.util.List;

/**
 * A question about a product, with its answers in the order they were written;
 * {@code ownerQuestion} when it was asked of owners from the product page.
 */
public record ProductQuestion(long threadId, String path, String title, String askerName, boolean ownerQuestion,
		Instant askedAt, Post question, List<Post> answers) {
}
