package app.agora.listening.internal;

import app.agora.listening.Signals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public "You said, we did": what the company decided about what customers
 * told it.
 */
@Controller
class YouSaidWeDidPage {

	private final Signals signals;

	YouSaidWeDidPage(Signals signals) {
		this.signals = signals;
	}

	@GetMapping("/you-said-we-did")
	String page(Model model) {
		model.addAttribute("decisions", signals.published());
		return "listening/you-said-we-did";
	}
}
