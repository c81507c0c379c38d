package app.agora.listening.internal;

import app.agora.access.SignedInUser;
import app.agora.listening.FeedbackRefused;
import app.agora.listening.SignalRule;
import app.agora.listening.SignalScope;
import app.agora.listening.SignalStatus;
import app.agora.listening.Signals;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signals for staff (/listening/signals): the list by status, a signal's page
 * with its evidence and history, where product leads take it, move it on and
 * publish the decision; and the rules (/listening/rules).
 */
@Controller
class SignalPages {

	private final Signals signals;

	SignalPages(Signals signals) {
		this.signals = signals;
	}

	@GetMapping("/listening/signals")
	String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String status, Model model) {
		SignalStatus filter = null;
		if (status != null && !status.isBlank()) {
			try {
				filter = SignalStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				model.addAttribute("statusError", "listening.error.filter");
			}
		}
		model.addAttribute("signals", signals.signals(filter, me));
		model.addAttribute("status", filter);
		model.addAttribute("statuses", SignalStatus.values());
		return "listening/signals";
	}

	@GetMapping("/listening/signals/{id}")
	String signal(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("details", signals.signal(id, me));
		model.addAttribute("lead", Access.isLead(me));
		model.addAttribute("statuses", java.util.List.of(SignalStatus.ACKNOWLEDGED, SignalStatus.PLANNED,
				SignalStatus.DONE, SignalStatus.DECLINED));
		return "listening/signal";
	}

	@PostMapping("/listening/signals/{id}/status")
	String decide(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String status, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "false") boolean publish, RedirectAttributes redirect) {
		signals.signal(id, me); // 404 for a signal that is not there
		try {
			SignalStatus next = status == null ? null : SignalStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
			signals.decide(id, next, note, publish, me);
			redirect.addFlashAttribute("notice", "listening.signal.saved");
		} catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", "listening.error.status");
			redirect.addFlashAttribute("errorField", "status");
		} catch (FeedbackRefused refused) {
			if (refused.getStatusCode().value() == 403) {
				throw refused;
			}
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorField", refused.field());
			redirect.addFlashAttribute("note", note);
		}
		return "redirect:/listening/signals/" + id;
	}

	@PostMapping("/listening/signals/{id}/owner")
	String take(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		signals.assign(id, me.accountId(), me);
		redirect.addFlashAttribute("notice", "listening.signal.taken");
		return "redirect:/listening/signals/" + id;
	}

	@GetMapping("/listening/rules")
	String rules(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("rules", signals.rules(me));
		model.addAttribute("lead", Access.isLead(me));
		return "listening/rules";
	}

	@PostMapping("/listening/rules/{scope}")
	String saveRule(@AuthenticationPrincipal SignedInUser me, @PathVariable String scope,
			@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(required = false) String windowDays,
			@RequestParam(required = false) String minCustomers, @RequestParam(required = false) String minCoherence,
			@RequestParam(required = false) String minAgreement, @RequestParam(required = false) String minRise,
			@RequestParam(required = false) String baselineWindows, @RequestParam(required = false) String cooldownDays,
			RedirectAttributes redirect) {
		SignalScope which;
		try {
			which = SignalScope.valueOf(scope.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw FeedbackRefused.notFound("No rule " + scope + ".");
		}
		try {
			signals.updateRule(new SignalRule(which, enabled, integer("windowDays", windowDays),
					integer("minCustomers", minCustomers), decimal("minCoherence", minCoherence),
					decimal("minAgreement", minAgreement), decimal("minRise", minRise),
					integer("baselineWindows", baselineWindows), integer("cooldownDays", cooldownDays), null, null),
					me);
			redirect.addFlashAttribute("notice", "listening.rules.saved");
		} catch (FeedbackRefused refused) {
			if (refused.getStatusCode().value() == 403) {
				throw refused;
			}
			redirect.addFlashAttribute("error", refused.getBody().getDetail());
			redirect.addFlashAttribute("errorScope", which.name());
			redirect.addFlashAttribute("errorField", refused.field());
		}
		return "redirect:/listening/rules";
	}

	private static int integer(String field, String value) {
		try {
			return Integer.parseInt(value == null ? "" : value.strip());
		} catch (NumberFormatException e) {
			throw FeedbackRefused.invalid(field, "listening.error.number", "Give a whole number for " + field + ".");
		}
	}

	private static double decimal(String field, String value) {
		try {
			return Double.parseDouble(value == null ? "" : value.strip().replace(',', '.'));
		} catch (NumberFormatException e) {
			throw FeedbackRefused.invalid(field, "listening.error.number", "Give a number for " + field + ".");
		}
	}
}
