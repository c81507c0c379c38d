package app.agora.listening.internal;

import app.agora.access.SignedInUser;
import app.agora.listening.Feedback;
import app.agora.listening.FeedbackQuery;
import app.agora.listening.FeedbackRefused;
import app.agora.listening.Theme;
import java.util.List;
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
 * Themes for staff: every theme with its size; a theme's page with its latest
 * items, where product leads rename it, merge another into it or split it.
 */
@Controller
@RequestMapping("/listening/themes")
class ThemePages {

	private static final int ITEMS_SHOWN = 50;

	private final Feedback feedback;

	ThemePages(Feedback feedback) {
		this.feedback = feedback;
	}

	@GetMapping
	String themes(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("themes", feedback.themes(me));
		return "listening/themes";
	}

	@GetMapping("/{id}")
	String theme(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		Theme theme = feedback.theme(id, me);
		model.addAttribute("theme", theme);
		model.addAttribute("items",
				feedback.inbox(new FeedbackQuery(null, null, id, null, null, null, null, null), 0, ITEMS_SHOWN, me));
		List<Theme> others = feedback.themes(me).stream().filter(t -> t.id() != id).toList();
		model.addAttribute("others", others);
		model.addAttribute("lead", FeedbackPages.lead(me));
		return "listening/theme";
	}

	@PostMapping("/{id}/name")
	String rename(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String name, RedirectAttributes redirect) {
		return act(me, id, redirect, "listening.theme.renamed", () -> feedback.renameTheme(id, name, me));
	}

	@PostMapping("/{id}/merge")
	String merge(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String from, RedirectAttributes redirect) {
		return act(me, id, redirect, "listening.theme.merged", () -> feedback.mergeThemes(id, number(from), me));
	}

	@PostMapping("/{id}/split")
	String split(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		return act(me, id, redirect, "listening.theme.split", () -> feedback.splitTheme(id, me));
	}

	private String act(SignedInUser me, long id, RedirectAttributes redirect, String done, Runnable action) {
		feedback.theme(id, me); // 404 for a theme that is not there
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		} catch (FeedbackRefused refused) {
			if (refused.getStatusCode().value() == 403) {
				throw refused;
			}
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorField", refused.field());
		}
		return "redirect:/listening/themes/" + id;
	}

	private static long number(String value) {
		try {
			return Long.parseLong(value == null ? "" : value.strip());
		} catch (NumberFormatException e) {
			throw FeedbackRefused.invalid("from", "listening.error.mergeChoose", "Choose the theme to merge.");
		}
	}
}
