package app.agora.web;

import app.agora.access.SignedInUser;
import app.agora.parties.Parties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: the public landing page, the staff console, or a customer's
 * own home.
 */
@Controller
class HomeController {

	private final Parties parties;

	HomeController(Parties parties) {
		this.parties = parties;
	}

	@GetMapping("/")
	String start(@AuthenticationPrincipal SignedInUser me) {
		if (me == null) {
			return "index";
		}
		return me.isStaff() ? "redirect:/console" : "redirect:/home";
	}

	@GetMapping("/console")
	String console(Model model) {
		model.addAttribute("stages", parties.countByStage());
		return "console";
	}

	@GetMapping("/home")
	String home(@AuthenticationPrincipal SignedInUser me, Model model) {
		if (me.isStaff()) {
			return "redirect:/console";
		}
		model.addAttribute("party", me.partyId().flatMap(parties::find).orElse(null));
		return "home";
	}
}
