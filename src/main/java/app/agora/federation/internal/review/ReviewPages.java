package app.agora.federation.internal.review;

import app.agora.access.SignedInUser;
import app.agora.federation.LinkConflict;
import app.agora.federation.LinkReviews;
import app.agora.federation.ReviewStatus;
import app.agora.parties.Parties;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue for staff: the list of pairs, and one pair's two records
 * side by side with the model's explanation and the accept and reject forms. A
 * refused decision comes back with the message beside the reason.
 */
@Controller
@RequestMapping("/review")
class ReviewPages {

	private final LinkReviews reviews;
	private final Parties parties;

	ReviewPages(LinkReviews reviews, Parties parties) {
		this.reviews = reviews;
		this.parties = parties;
	}

	@GetMapping
	String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String source,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ReviewStatus chosen = parseStatus(status);
		String sourceId = source == null || source.isBlank() || source.length() > 40 ? null : source.strip();
		model.addAttribute("reviews", reviews.list(chosen, sourceId, page, 25));
		model.addAttribute("status", chosen == null ? "" : chosen.name());
		model.addAttribute("source", sourceId == null ? "" : sourceId);
		model.addAttribute("statuses", ReviewStatus.values());
		return "review/queue";
	}

	@GetMapping("/{id}")
	String review(@PathVariable UUID id, Model model) {
		var review = reviews.get(id);
		model.addAttribute("review", review);
		model.addAttribute("party", review.partyId() == null ? null : parties.find(review.partyId()).orElse(null));
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		return "review/review";
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
		return decide(id, "acceptReason", reason, redirect, () -> reviews.accept(id, me.email(), reason));
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
		return decide(id, "rejectReason", reason, redirect, () -> reviews.reject(id, me.email(), reason));
	}

	private String decide(UUID id, String field, String reason, RedirectAttributes redirect, Runnable decision) {
		reviews.get(id);
		if (reason == null || reason.isBlank()) {
			redirect.addFlashAttribute("fieldErrors", Map.of(field, "review.reason.required"));
			return "redirect:/review/" + id;
		}
		if (reason.length() > 1000) {
			redirect.addFlashAttribute("fieldErrors", Map.of(field, "review.reason.tooLong"));
			return "redirect:/review/" + id;
		}
		try {
			decision.run();
		} catch (LinkConflict | IllegalArgumentException refused) {
			redirect.addFlashAttribute("fieldErrors", Map.of(field, String.valueOf(refused.getMessage())));
			return "redirect:/review/" + id;
		}
		return "redirect:/review/" + id + "?decided";
	}

	private static ReviewStatus parseStatus(String status) {
		if (status == null) {
			return ReviewStatus.OPEN;
		}
		if (status.isBlank()) {
			return null;
		}
		try {
			return ReviewStatus.valueOf(status);
		} catch (IllegalArgumentException unknown) {
			return ReviewStatus.OPEN;
		}
	}
}
