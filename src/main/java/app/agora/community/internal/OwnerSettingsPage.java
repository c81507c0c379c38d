package app.agora.community.internal;

import app.agora.access.SignedInUser;
import app.agora.community.Participant;
import app.agora.community.Products;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a customer says whether prospects may ask them about the products they
 * hold (Ask an owner). Off until they turn it on. The form is a card of the
 * community settings page, {@code /me/community} ({@link NotifyPages}).
 */
@Controller
@RequestMapping("/me/community/owner-questions")
class OwnerSettingsPage {

	private final Products products;

	OwnerSettingsPage(Products products) {
		this.products = products;
	}

	@PostMapping
	String save(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "false") boolean askable) {
		products.setAskable(who(me), askable);
		return "redirect:/me/community?saved";
	}

	private static Participant who(SignedInUser me) {
		return Participant.of(me).orElse(null);
	}
}
