package app.agora.listening.internal;

import app.agora.access.SignedInUser;
import app.agora.listening.Alias;
import app.agora.listening.Feedback;
import app.agora.listening.FeedbackRefused;
import java.util.Locale;
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
 * The names listened for: the catalogue's products and the competitors, with
 * the aliases product leads add (the names customers really use).
 */
@Controller
@RequestMapping("/listening/names")
class NamesPage {

	private final Feedback feedback;

	NamesPage(Feedback feedback) {
		this.feedback = feedback;
	}

	@GetMapping
	String names(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("listened", feedback.listened(me));
		model.addAttribute("lead", FeedbackPages.lead(me));
		return "listening/names";
	}

	@PostMapping
	String add(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String alias,
			RedirectAttributes redirect) {
		try {
			Alias.AliasKind which = kind == null ? null : Alias.AliasKind.valueOf(kind.toUpperCase(Locale.ROOT));
			feedback.addAlias(which, subject, alias, me);
			redirect.addFlashAttribute("notice", "listening.names.added");
		} catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", "listening.error.aliasKind");
		} catch (FeedbackRefused refused) {
			if (refused.getStatusCode().value() == 403) {
				throw refused;
			}
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorSubject", subject);
		}
		return "redirect:/listening/names";
	}

	@PostMapping("/{id}/remove")
	String remove(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		feedback.removeAlias(id, me);
		redirect.addFlashAttribute("notice", "listening.names.removed");
		return "redirect:/listening/names";
	}
}
