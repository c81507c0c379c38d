package app.agora.community.internal;

import app.agora.access.SignedInUser;
import app.agora.community.CommunityRefused;
import app.agora.community.Participant;
import app.agora.community.Products;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages for member profiles, following spaces and threads, and the person's
 * community notification settings (email digest and what they follow).
 */
@Controller
class NotifyPages {

	private final Following following;
	private final Products products;

	NotifyPages(Following following, Products products) {
		this.products = products;
		this.following = following;
	}

	@GetMapping("/community/members/{handle}")
	String member(@AuthenticationPrincipal SignedInUser me, @PathVariable String handle, Model model) {
		model.addAttribute("profile", following.profile(handle, who(me)));
		return "community/member";
	}

	@PostMapping("/community/{slug}/follow")
	String followSpace(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@RequestParam(defaultValue = "true") boolean following) {
		return "redirect:/community/" + this.following.followSpace(slug, who(me), following).slug();
	}

	@PostMapping("/community/{slug}/t/{threadId}/follow")
	String followThread(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@PathVariable long threadId, @RequestParam(defaultValue = "true") boolean following) {
		return "redirect:" + this.following.followThread(slug, threadId, who(me), following);
	}

	@GetMapping("/me/community")
	String settings(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("frequency", following.digest(who(me)).frequency().name());
		return settingsPage(me, model);
	}

	@PostMapping("/me/community")
	String chooseDigest(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String frequency,
			Model model) {
		try {
			following.chooseDigest(who(me), frequency);
			return "redirect:/me/community?saved";
		} catch (CommunityRefused refused) {
			model.addAttribute("frequency", frequency);
			model.addAttribute("frequencyError", refused.messageKey());
			return settingsPage(me, model);
		}
	}

	private String settingsPage(SignedInUser me, Model model) {
		model.addAttribute("setting", following.digest(who(me)));
		model.addAttribute("followed", following.followed(who(me)));
		model.addAttribute("frequencies", DigestSettings.Frequency.values());
		model.addAttribute("askable", products.askable(who(me)));
		return "community/my-community";
	}

	private static Participant who(SignedInUser me) {
		return Participant.of(me).orElse(null);
	}
}
