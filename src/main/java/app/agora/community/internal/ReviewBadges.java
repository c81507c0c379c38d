package app.agora.community.internal;

import app.agora.community.Review;
import org.springframework.stereotype.Component;

/**
 * The stars and verified-owner badge of a review thread, for the thread page
 * ({@code @reviewBadges.of(id)} in community/review-badge.html).
 */
@Component("reviewBadges")
public class ReviewBadges {

	private final ProductStore store;

	ReviewBadges(ProductStore store) {
		this.store = store;
	}

	/**
	 * The review held by this thread, or null when it is not a catalogue review.
	 */
	public Review of(long threadId) {
		return store.review(threadId).orElse(null);
	}
}
