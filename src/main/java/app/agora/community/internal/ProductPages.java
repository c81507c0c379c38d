package app.agora.community.internal;

import app.agora.access.SignedInUser;
import app.agora.community.CommunityNotFound;
import app.agora.community.CommunityRefused;
import app.agora.community.Participant;
import app.agora.community.Product;
import app.agora.community.Products;
import app.agora.community.Review;
import app.agora.community.ReviewDraft;
import app.agora.community.ThreadSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public product pages (readable signed out): the catalogue, and a
 * product's rating, most helpful reviews, questions, the review form and Ask an
 * owner; and the page where an author edits their review.
 */
@Controller
@RequestMapping("/products")
class ProductPages {

	private final Products products;

	ProductPages(Products products) {
		this.products = products;
	}

	@GetMapping
	String index(Model model) {
		Map<Product, app.agora.community.RatingSummary> ratings = new LinkedHashMap<>();
		products.products().forEach(p -> ratings.put(p, products.rating(p.slug())));
		model.addAttribute("ratings", ratings);
		model.addAttribute("canonical",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/products").toUriString());
		return "community/products";
	}

	@GetMapping("/{slug}")
	String product(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, Model model) {
		model.addAttribute("reviewForm", new ReviewForm());
		model.addAttribute("questionForm", new QuestionForm());
		return page(me, slug, model);
	}

	@PostMapping("/{slug}/reviews")
	String review(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@ModelAttribute("reviewForm") ReviewForm form, BindingResult errors, Model model) {
		products.product(slug);
		if (!errors.hasErrors()) {
			try {
				Review review = products.review(slug, new ReviewDraft(form.getStars(), form.getTitle(), form.getText()),
						who(me));
				return "redirect:/products/" + slug + "#review-" + review.threadId();
			} catch (CommunityRefused refused) {
				refuseOutright(refused);
				reject(errors, refused);
			}
		}
		model.addAttribute("questionForm", new QuestionForm());
		model.addAttribute("reviewRefused", true);
		return page(me, slug, model);
	}

	@PostMapping("/{slug}/questions")
	String ask(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@ModelAttribute("questionForm") QuestionForm form, BindingResult errors, Model model) {
		products.product(slug);
		try {
			ThreadSummary thread = products.askOwners(slug, form.getTitle(), form.getText(), who(me));
			return "redirect:/products/" + slug + "#question-" + thread.id();
		} catch (CommunityRefused refused) {
			refuseOutright(refused);
			reject(errors, refused);
		}
		model.addAttribute("reviewForm", new ReviewForm());
		return page(me, slug, model);
	}

	@GetMapping("/{slug}/reviews/{threadId}/edit")
	String editForm(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, @PathVariable long threadId,
			Model model) {
		Review review = ownReview(me, slug, threadId);
		var form = new ReviewForm();
		form.setStars(review.stars());
		form.setText(review.source());
		form.setVersion(review.version());
		model.addAttribute("reviewForm", form);
		return editPage(slug, review, model);
	}

	@PostMapping("/{slug}/reviews/{threadId}/edit")
	String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, @PathVariable long threadId,
			@ModelAttribute("reviewForm") ReviewForm form, BindingResult errors, Model model) {
		Review review = ownReview(me, slug, threadId);
		if (!errors.hasErrors()) {
			try {
				products.editReview(slug, threadId, form.getStars() == null ? 0 : form.getStars(), form.getText(),
						form.getVersion() == null ? -1 : form.getVersion(), who(me));
				return "redirect:/products/" + slug + "#review-" + threadId;
			} catch (CommunityRefused refused) {
				refuseOutright(refused);
				reject(errors, refused);
			}
		}
		return editPage(slug, review, model);
	}

	private Review ownReview(SignedInUser me, String slug, long threadId) {
		return products.reviewBy(slug, who(me)).filter(r -> r.threadId() == threadId)
				.orElseThrow(() -> new CommunityNotFound("No review " + threadId + " of yours."));
	}

	private String editPage(String slug, Review review, Model model) {
		model.addAttribute("product", products.product(slug));
		model.addAttribute("review", review);
		return "community/review-edit";
	}

	private String page(SignedInUser me, String slug, Model model) {
		var overview = products.overview(slug, who(me));
		model.addAttribute("overview", overview);
		model.addAttribute("mine", products.reviewBy(slug, who(me)).orElse(null));
		model.addAttribute("canonical",
				ServletUriComponentsBuilder.fromCurrentContextPath().path(overview.product().path()).toUriString());
		return "community/product";
	}

	/** Not allowed at all (403): no form to correct. */
	private static void refuseOutright(CommunityRefused refused) {
		if (refused.getStatusCode().value() == 403 || refused.getStatusCode().value() == 401) {
			throw refused;
		}
	}

	private static void reject(BindingResult errors, CommunityRefused refused) {
		if (refused.field() != null && errors.getFieldType(refused.field()) != null) {
			errors.rejectValue(refused.field(), refused.messageKey(), refused.getBody().getDetail());
		} else {
			errors.reject(refused.messageKey(), refused.getBody().getDetail());
		}
	}

	private static Participant who(SignedInUser me) {
		return Participant.of(me).orElse(null);
	}
}
