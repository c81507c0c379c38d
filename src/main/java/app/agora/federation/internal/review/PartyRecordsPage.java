package app.agora.federation.internal.review;

import app.agora.access.SignedInUser;
import app.agora.federation.CustomerViews;
import app.agora.federation.LinkConflict;
import app.agora.federation.LinkCorrections;
import app.agora.federation.LinkDecisions;
import app.agora.federation.NeverSame;
import app.agora.federation.RecordRef;
import app.agora.federation.SourceLinks;
import app.agora.parties.Parties;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A party's linked records for staff, with the forms that correct them (split
 * off, link by hand, never the same) and the party's decision history.
 */
@Controller
@RequestMapping("/parties/{id}/records")
class PartyRecordsPage {

	private final Parties parties;
	private final SourceLinks links;
	private final LinkCorrections corrections;
	private final LinkDecisions decisions;
	private final NeverSame neverSame;
	private final CustomerViews views;

	PartyRecordsPage(Parties parties, SourceLinks links, LinkCorrections corrections, LinkDecisions decisions,
			NeverSame neverSame, CustomerViews views) {
		this.parties = parties;
		this.links = links;
		this.corrections = corrections;
		this.decisions = decisions;
		this.neverSame = neverSame;
		this.views = views;
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("party", parties.get(id));
		model.addAttribute("records", links.recordsOf(id));
		model.addAttribute("decisions", decisions.ofParty(id, 200));
		model.addAttribute("neverSame", neverSame.ofParty(id));
		model.addAttribute("sources",
				views.sources().stream().filter(s -> !NeverSame.AGORA.equals(s.id())).map(s -> s.id()).toList());
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		return "review/records";
	}

	@PostMapping("/split")
	String split(@PathVariable UUID id, @RequestParam(required = false) String source,
			@RequestParam(required = false) String key, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
		String field = "split:" + source + ":" + key;
		return act(id, field, reason, redirect, () -> corrections.split(id, source, key, me.email(), reason));
	}

	@PostMapping("/link")
	String link(@PathVariable UUID id, @RequestParam(required = false) String source,
			@RequestParam(required = false) String key, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
		if (key == null || key.isBlank()) {
			return back(id, "link", "review.key.required", redirect);
		}
		return act(id, "link", reason, redirect, () -> corrections.link(id, source, key, me.email(), reason));
	}

	@PostMapping("/never-same")
	String neverSame(@PathVariable UUID id, @RequestParam(required = false) String source,
			@RequestParam(required = false) String key, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
		if (source == null || source.isBlank() || key == null || key.isBlank()) {
			return back(id, "neverSame", "review.key.required", redirect);
		}
		return act(id, "neverSame", reason, redirect, () -> corrections
				.neverTheSame(new RecordRef(source.strip(), key.strip()), NeverSame.party(id), me.email(), reason));
	}

	/** Merges another party (by its id) into this one, which keeps its id. */
	@PostMapping("/merge")
	String merge(@PathVariable UUID id, @RequestParam(required = false) String absorbed,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal SignedInUser me,
			RedirectAttributes redirect) {
		UUID other;
		try {
			other = UUID.fromString(absorbed == null ? "" : absorbed.strip());
		} catch (IllegalArgumentException notAnId) {
			return back(id, "merge", "records.merge.idRequired", redirect);
		}
		return act(id, "merge", reason, redirect, () -> parties.merge(id, other, me.email(), reason));
	}

	private String act(UUID id, String field, String reason, RedirectAttributes redirect, Runnable action) {
		parties.get(id);
		if (reason == null || reason.isBlank()) {
			return back(id, field, "review.reason.required", redirect);
		}
		if (reason.length() > 1000) {
			return back(id, field, "review.reason.tooLong", redirect);
		}
		try {
			action.run();
		} catch (LinkConflict | IllegalArgumentException refused) {
			return back(id, field, String.valueOf(refused.getMessage()), redirect);
		} catch (ErrorResponseException refused) {
			return back(id, field, String.valueOf(refused.getBody().getDetail()), redirect);
		}
		return "redirect:/parties/" + id + "/records?saved";
	}

	private static String back(UUID id, String field, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("fieldErrors", Map.of(field, message));
		return "redirect:/parties/" + id + "/records";
	}
}
