package app.agora.community.internal;

import app.agora.access.SignedInUser;
import app.agora.community.CommunityRefused;
import app.agora.community.Participant;
import app.agora.community.Product;
import app.agora.community.ProductDraft;
import app.agora.community.Products;
import app.agora.community.Review;
import app.agora.community.ReviewDraft;
import app.agora.community.ThreadSummary;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The catalogue, reviews, Ask an owner and the owner opt-in as JSON. Reading is
 * public; reviews and questions need an account; the catalogue is staff's.
 */
@RestController
class ProductApi {

	private final Products products;

	ProductApi(Products products) {
		this.products = products;
	}

	record ProductBody(String slug, String name, String description, String spaceSlug) {
	}

	record ReviewBody(String product, Integer stars, String title, String text) {
	}

	record ReviewEditBody(Integer stars, String text, Integer version) {
	}

	record QuestionBody(String title, String text) {
	}

	record OwnerSettings(Boolean askable) {
	}

	@GetMapping("/api/v1/products")
	List<Product> catalogue() {
		return products.products();
	}

	@GetMapping("/api/v1/products/{slug}")
	ProductJson.OverviewJson product(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug) {
		return ProductJson.overview(products.overview(slug, who(me)), who(me), base());
	}

	@PostMapping("/api/v1/products")
	ResponseEntity<Product> create(@AuthenticationPrincipal SignedInUser me, @RequestBody ProductBody body) {
		Product product = products.createProduct(draft(body), who(me));
		return ResponseEntity.created(URI.create("/api/v1/products/" + product.slug())).body(product);
	}

	@PutMapping("/api/v1/products/{slug}")
	Product update(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, @RequestBody ProductBody body) {
		return products.updateProduct(slug, draft(body), who(me));
	}

	@PostMapping("/api/v1/community/reviews")
	ResponseEntity<ProductJson.ReviewJson> review(@AuthenticationPrincipal SignedInUser me,
			@RequestBody ReviewBody body) {
		Review review = products.review(body.product(), new ReviewDraft(body.stars(), body.title(), body.text()),
				who(me));
		return ResponseEntity.created(URI.create(base() + review.path()))
				.body(ProductJson.review(review, who(me), base()));
	}

	@PutMapping("/api/v1/products/{slug}/reviews/{threadId}")
	ProductJson.ReviewJson editReview(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@PathVariable long threadId, @RequestBody ReviewEditBody body) {
		if (body.version() == null) {
			throw CommunityRefused.invalid("version", "community.error.version",
					"Send the version of the review you edited.");
		}
		if (body.stars() == null) {
			throw CommunityRefused.invalid("stars", "products.error.stars", "Give from 1 to 5 stars.");
		}
		return ProductJson.review(
				products.editReview(slug, threadId, body.stars(), body.text(), body.version(), who(me)), who(me),
				base());
	}

	@PostMapping("/api/v1/products/{slug}/questions")
	ResponseEntity<ThreadSummary> ask(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@RequestBody QuestionBody body) {
		ThreadSummary thread = products.askOwners(slug, body.title(), body.text(), who(me));
		return ResponseEntity.created(URI.create(base() + thread.path())).body(thread);
	}

	@GetMapping("/api/v1/me/community")
	OwnerSettings settings(@AuthenticationPrincipal SignedInUser me) {
		return new OwnerSettings(products.askable(who(me)));
	}

	@PutMapping("/api/v1/me/community")
	OwnerSettings changeSettings(@AuthenticationPrincipal SignedInUser me, @RequestBody OwnerSettings body) {
		if (body.askable() == null) {
			throw CommunityRefused.invalid("askable", "products.error.askable", "Say true or false.");
		}
		products.setAskable(who(me), body.askable());
		return new OwnerSettings(products.askable(who(me)));
	}

	private static ProductDraft draft(ProductBody body) {
		return new ProductDraft(body.slug(), body.name(), body.description(), body.spaceSlug());
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

	private static Participant who(SignedInUser me) {
		return Participant.of(me).orElse(null);
	}
}
