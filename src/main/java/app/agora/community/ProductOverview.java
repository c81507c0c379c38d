package app.agora.community;

import java.util.List;

/**
 * What a product page (and the widget) shows: the product, its rating summary,
 * its most helpful reviews (verified owners first) and its questions.
 */
public record ProductOverview(Product product, RatingSummary rating, List<Review> reviews,
		List<ProductQuestion> questions) {
}
