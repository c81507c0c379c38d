package app.agora.federation.internal.review;

import app.agora.access.SignedInUser;
import app.agora.federation.LinkReview;
import app.agora.federation.LinkReviews;
import app.agora.federation.ReviewPage;
import app.agora.federation.ReviewStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue for staff and their tools: list, read, accept, reject. */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Identity resolution", description = "Review queue, links, splits, never-the-same and decisions")
class ReviewApi {

	private final LinkReviews reviews;

	ReviewApi(LinkReviews reviews) {
		this.reviews = reviews;
	}

	/** Why staff decided as they did; required. */
	record Decision(@NotBlank @Size(max = 1000) String reason) {
	}

	@GetMapping
	@Operation(summary = "Pairs in the review queue; OPEN ones most probable first; paged from 0")
	ReviewPage list(@RequestParam(defaultValue = "OPEN") ReviewStatus status,
			@RequestParam(required = false) String source, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (source != null && source.length() > 40) {
			throw new IllegalArgumentException("A source id has at most 40 characters.");
		}
		return reviews.list(status, source, page, size);
	}

	@GetMapping("/{id}")
	LinkReview get(@PathVariable UUID id) {
		return reviews.get(id);
	}

	@PostMapping("/{id}/accept")
	@Operation(summary = "The two records are one person: link by staff, or merge two parties (409 when decided)")
	LinkReview accept(@PathVariable UUID id, @Valid @RequestBody Decision decision,
			@AuthenticationPrincipal SignedInUser me) {
		return reviews.accept(id, me.email(), decision.reason());
	}

	@PostMapping("/{id}/reject")
	@Operation(summary = "The two records are two people: never the same from now on (409 when decided)")
	LinkReview reject(@PathVariable UUID id, @Valid @RequestBody Decision decision,
			@AuthenticationPrincipal SignedInUser me) {
		return reviews.reject(id, me.email(), decision.reason());
	}
}
