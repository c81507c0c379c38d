package app.agora.community.internal;

import app.agora.community.ProductOverview;
import app.agora.community.Products;
import app.agora.community.RatingSummary;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What a shop page embeds (docs/community.md, "Widget"): a product's rating,
 * its three most helpful reviews and latest questions as plain text, with the
 * links back. Always read as a visitor, so it shows only public content; other
 * sites may fetch it only from the origins in
 * {@code agora.community.widget.allowed-origins} ({@link WidgetCors}).
 */
@RestController
class WidgetApi {

	static final int REVIEWS = 3;
	static final int QUESTIONS = 3;

	private final Products products;

	WidgetApi(Products products) {
		this.products = products;
	}

	record WidgetReview(String title, int stars, boolean verifiedOwner, String authorName, String excerpt, String url) {
	}

	record WidgetQuestion(String title, String askerName, int answers, String latestAnswer, String url) {
	}

	record Urls(String product, String reviews, String ask) {
	}

	record Widget(String slug, String name, RatingSummary rating, List<WidgetReview> reviews,
			List<WidgetQuestion> questions, Urls urls) {
	}

	@GetMapping("/api/v1/widget/products/{slug}")
	ResponseEntity<Widget> widget(@PathVariable String slug) {
		ProductOverview o = products.overview(slug, null);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		String page = base + o.product().path();
		var reviews = o.reviews().stream().limit(REVIEWS).map(r -> new WidgetReview(r.title(), r.stars(),
				r.verifiedOwner(), r.authorName(), ProductJson.excerpt(r.html()), base + r.path())).toList();
		var questions = o.questions().stream().limit(QUESTIONS)
				.map(q -> new WidgetQuestion(q.title(), q.askerName(), q.answers().size(),
						q.answers().isEmpty() ? null : ProductJson.excerpt(q.answers().getLast().html()),
						base + q.path()))
				.toList();
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
				.body(new Widget(o.product().slug(), o.product().name(), o.rating(), reviews, questions,
						new Urls(page, page + "#reviews", page + "#ask")));
	}
}
