package app.agora.listening.internal;

import app.agora.access.SignedInUser;
import app.agora.listening.Feedback;
import app.agora.listening.FeedbackDraft;
import app.agora.listening.FeedbackImport;
import app.agora.listening.FeedbackItem;
import app.agora.listening.FeedbackOrigin;
import app.agora.listening.FeedbackPage;
import app.agora.listening.FeedbackRefused;
import app.agora.listening.FeedbackState;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The feedback inbox for staff (/listening): filter, open an item with its
 * context and author, log feedback by hand, import another channel's CSV.
 */
@Controller
@RequestMapping("/listening")
class FeedbackPages {

	private static final int PAGE_SIZE = 25;

	private final Feedback feedback;

	FeedbackPages(Feedback feedback) {
		this.feedback = feedback;
	}

	@GetMapping
	String inbox(@AuthenticationPrincipal SignedInUser me, @ModelAttribute InboxFilters filters,
			@RequestParam(defaultValue = "0") String page, Model model) {
		var parsed = filters.parse();
		int number = pageNumber(page);
		FeedbackPage result = feedback.inbox(parsed.query(), number, PAGE_SIZE, me);
		model.addAttribute("filters", filters);
		model.addAttribute("problems", parsed.problems());
		model.addAttribute("result", result);
		model.addAttribute("named", feedback.named(me));
		model.addAttribute("themes", feedback.themes(me));
		model.addAttribute("origins", FeedbackOrigin.values());
		model.addAttribute("states", FeedbackState.values());
		return "listening/inbox";
	}

	@GetMapping("/items/{id}")
	String item(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		FeedbackItem item = feedback.item(id, me);
		model.addAttribute("item", item);
		model.addAttribute("themes", feedback.themes(me));
		model.addAttribute("lead", lead(me));
		return "listening/item";
	}

	@PostMapping("/items/{id}/theme")
	String move(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam String themeId,
			RedirectAttributes redirect) {
		feedback.item(id, me); // 404 for an item that is not there
		try {
			feedback.moveItem(id, Long.parseLong(themeId.strip()), me);
			redirect.addFlashAttribute("notice", "listening.item.moved");
		} catch (NumberFormatException e) {
			redirect.addFlashAttribute("error", "listening.error.filter");
		} catch (FeedbackRefused refused) {
			if (refused.getStatusCode().value() == 403) {
				throw refused;
			}
			redirect.addFlashAttribute("error", refused.messageKey());
		}
		return "redirect:/listening/items/" + id;
	}

	@GetMapping("/new")
	String newItem(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("form", new FeedbackForm());
		return "listening/new";
	}

	@PostMapping("/new")
	String log(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") FeedbackForm form,
			BindingResult errors) {
		UUID author = null;
		if (form.getAuthorPartyId() != null && !form.getAuthorPartyId().isBlank()) {
			try {
				author = UUID.fromString(form.getAuthorPartyId().strip());
			} catch (IllegalArgumentException e) {
				errors.rejectValue("authorPartyId", "listening.error.noParty");
			}
		}
		java.time.Instant said = null;
		if (form.getSaidOn() != null && !form.getSaidOn().isBlank()) {
			try {
				said = LocalDate.parse(form.getSaidOn().strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
			} catch (DateTimeParseException e) {
				errors.rejectValue("saidOn", "listening.error.day");
			}
		}
		if (errors.hasErrors()) {
			return "listening/new";
		}
		try {
			FeedbackItem item = feedback
					.log(new FeedbackDraft(form.getText(), author, form.getAuthorName(), form.getChannel(), said), me);
			return "redirect:/listening/items/" + item.id() + "?logged";
		} catch (FeedbackRefused refused) {
			String field = refused.field() == null
					? null
					: refused.field().equals("saidAt") ? "saidOn" : refused.field();
			if (field != null) {
				errors.rejectValue(field, refused.messageKey(), refused.getBody().getDetail());
			} else {
				errors.reject(refused.messageKey(), refused.getBody().getDetail());
			}
			return "listening/new";
		}
	}

	@GetMapping("/import")
	String importForm(@AuthenticationPrincipal SignedInUser me, Model model) {
		feedback.themes(me); // staff only, like the rest
		return "listening/import";
	}

	@PostMapping("/import")
	String importFile(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String channel,
			@RequestParam(required = false) MultipartFile file, Model model) {
		model.addAttribute("channel", channel);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "listening.error.noFile");
			return "listening/import";
		}
		try {
			FeedbackImport result = feedback.importCsv(channel, file.getInputStream(), me);
			model.addAttribute("result", result);
		} catch (FeedbackRefused refused) {
			model.addAttribute("channel".equals(refused.field()) ? "channelError" : "fileError", refused.messageKey());
			model.addAttribute("detail", refused.getBody().getDetail());
		} catch (IOException e) {
			model.addAttribute("fileError", "listening.error.csv");
		}
		return "listening/import";
	}

	static boolean lead(SignedInUser me) {
		return Access.isLead(me);
	}

	static int pageNumber(String page) {
		try {
			return Math.max(0, Integer.parseInt(page.strip()));
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	static List<String> sentiments() {
		return List.of("POSITIVE", "NEUTRAL", "NEGATIVE");
	}
}
