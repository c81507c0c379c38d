package app.agora.parties.internal;

import app.agora.access.SignedInUser;
import app.agora.parties.Lifecycle;
import app.agora.parties.LifecycleStage;
import app.agora.parties.Parties;
import app.agora.parties.PartyQuery;
import app.agora.parties.PartyRole;
import app.agora.parties.RelationshipKind;
import app.agora.parties.Relationships;
import app.agora.parties.Timeline;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
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
 * One party's page: details, roles, stage and its history, relationships and
 * timeline, each with its small form. A refused action comes back to the page
 * with the message beside the field that caused it.
 */
@Controller
@RequestMapping("/parties/{id}")
class PartyDetailPages {

	private final Parties parties;
	private final Lifecycle lifecycle;
	private final Relationships relationships;
	private final Timeline timeline;

	PartyDetailPages(Parties parties, Lifecycle lifecycle, Relationships relationships, Timeline timeline) {
		this.parties = parties;
		this.lifecycle = lifecycle;
		this.relationships = relationships;
		this.timeline = timeline;
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("party", parties.get(id));
		model.addAttribute("history", lifecycle.history(id));
		model.addAttribute("relationships", relationships.of(id));
		model.addAttribute("timeline", timeline.of(id, 100));
		model.addAttribute("competitors",
				parties.search(new PartyQuery(null, PartyRole.COMPETITOR, null, null), 0, 200).parties());
		model.addAttribute("roles", PartyRole.values());
		model.addAttribute("stages", LifecycleStage.values());
		model.addAttribute("relationshipKinds", RelationshipKind.values());
		model.addAttribute("today", LocalDate.now());
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		return "parties/detail";
	}

	/**
	 * Candidates for the other side of a relationship, as options for the select
	 * (htmx).
	 */
	@GetMapping("/picker")
	String picker(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
		String text = q.length() > 200 ? q.substring(0, 200) : q;
		model.addAttribute("candidates", parties.search(new PartyQuery(text, null, null, null), 0, 20).parties()
				.stream().filter(p -> !p.id().equals(id)).toList());
		return "parties/picker :: options";
	}

	@PostMapping("/roles")
	String grantRole(@PathVariable UUID id, @RequestParam(required = false) PartyRole role,
			@RequestParam(required = false) LocalDate since, @AuthenticationPrincipal SignedInUser me,
			RedirectAttributes redirect) {
		if (role == null) {
			return back(id, redirect, "role", "parties.role.required");
		}
		return act(id, redirect, "role", () -> parties.grantRole(id, role, since, me.email()));
	}

	@PostMapping("/roles/{role}/end")
	String endRole(@PathVariable UUID id, @PathVariable PartyRole role, @AuthenticationPrincipal SignedInUser me,
			RedirectAttributes redirect) {
		return act(id, redirect, "role", () -> parties.endRole(id, role, null, me.email()));
	}

	@PostMapping("/stage")
	String changeStage(@PathVariable UUID id, @RequestParam(required = false) LifecycleStage stage,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal SignedInUser me,
			RedirectAttributes redirect) {
		if (stage == null) {
			return back(id, redirect, "stage", "parties.stage.required");
		}
		return act(id, redirect, "stage", () -> lifecycle.changeStage(id, stage, reason, me.email()));
	}

	@PostMapping("/lost")
	String markLost(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) UUID competitorId, @AuthenticationPrincipal SignedInUser me,
			RedirectAttributes redirect) {
		if (reason == null || reason.isBlank()) {
			return back(id, redirect, "lostReason", "parties.lost.reasonRequired");
		}
		return act(id, redirect, "lostReason", () -> lifecycle.markLost(id, reason, competitorId, me.email()));
	}

	@PostMapping("/relationships")
	String relate(@PathVariable UUID id, @RequestParam(required = false) RelationshipKind kind,
			@RequestParam(required = false) UUID toId, @RequestParam(required = false) String note,
			@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
		if (kind == null || toId == null) {
			return back(id, redirect, "relationship", "parties.relationship.required");
		}
		return act(id, redirect, "relationship",
				() -> relationships.relate(id, kind, toId, LocalDate.now(), note, me.email()));
	}

	@PostMapping("/relationships/{relationshipId}/delete")
	String unrelate(@PathVariable UUID id, @PathVariable UUID relationshipId, RedirectAttributes redirect) {
		return act(id, redirect, "relationship", () -> relationships.remove(id, relationshipId));
	}

	@PostMapping("/notes")
	String addNote(@PathVariable UUID id, @RequestParam(required = false) String text,
			@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
		if (text == null || text.isBlank() || text.length() > Timeline.MAX_NOTE_LENGTH) {
			return back(id, redirect, "note", "parties.note.invalid");
		}
		return act(id, redirect, "note", () -> timeline.addNote(id, text, me.email()));
	}

	private String act(UUID id, RedirectAttributes redirect, String field, Runnable action) {
		parties.get(id);
		try {
			action.run();
		} catch (IllegalArgumentException e) {
			return back(id, redirect, field, e.getMessage());
		} catch (DataIntegrityViolationException e) {
			return back(id, redirect, field, "parties.duplicate");
		}
		return "redirect:/parties/" + id;
	}

	/**
	 * Back to the page with a message (a message key, or a sentence from the
	 * domain) beside the field.
	 */
	private String back(UUID id, RedirectAttributes redirect, String field, String message) {
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put(field, message);
		redirect.addFlashAttribute("fieldErrors", errors);
		return "redirect:/parties/" + id;
	}

}
