package app.agora.listening.internal;

import app.agora.access.SignedInUser;
import app.agora.listening.FeedbackRefused;
import app.agora.listening.Signal;
import app.agora.listening.SignalDetails;
import app.agora.listening.SignalRule;
import app.agora.listening.SignalScope;
import app.agora.listening.SignalStatus;
import app.agora.listening.Signals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Signals and their rules over the API, for staff. */
@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Signals", description = "Signals raised from feedback, their decisions and rules (staff)")
class SignalApi {

	private final Signals signals;

	SignalApi(Signals signals) {
		this.signals = signals;
	}

	@GetMapping("/signals")
	List<Signal> signals(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String status) {
		return signals.signals(status == null || status.isBlank() ? null : status(status), me);
	}

	@GetMapping("/signals/{id}")
	SignalDetails signal(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return signals.signal(id, me);
	}

	/**
	 * A step of a signal: its new status, the note (what was decided), and whether
	 * to publish it.
	 */
	record Decision(String status, String note, Boolean publish) {
	}

	@PutMapping("/signals/{id}/status")
	@Operation(summary = "Acknowledge, plan, do or decline; planned, done and declined tell every customer who spoke")
	Signal decide(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody Decision decision) {
		return signals.decide(id, decision.status() == null ? null : status(decision.status()), decision.note(),
				Boolean.TRUE.equals(decision.publish()), me);
	}

	record Owner(UUID ownerAccountId) {
	}

	@PutMapping("/signals/{id}/owner")
	Signal assign(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody Owner owner) {
		return signals.assign(id, owner.ownerAccountId(), me);
	}

	@GetMapping("/rules")
	List<SignalRule> rules(@AuthenticationPrincipal SignedInUser me) {
		return signals.rules(me);
	}

	/** A rule's values; the scope comes from the path. */
	record RuleValues(Boolean enabled, Integer windowDays, Integer minCustomers, Double minCoherence,
			Double minAgreement, Double minRise, Integer baselineWindows, Integer cooldownDays) {
	}

	@PutMapping("/rules/{scope}")
	@Operation(summary = "Change a signal rule; an impossible value is refused naming its field")
	SignalRule updateRule(@AuthenticationPrincipal SignedInUser me, @PathVariable String scope,
			@RequestBody RuleValues values) {
		SignalScope which;
		try {
			which = SignalScope.valueOf(scope.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw FeedbackRefused.notFound("No rule " + scope + ": THEME, PRODUCT or COMPETITOR.");
		}
		SignalRule now = signals.rules(me).stream().filter(r -> r.scope() == which).findFirst().orElseThrow();
		return signals.updateRule(new SignalRule(which, or(values.enabled(), now.enabled()),
				or(values.windowDays(), now.windowDays()), or(values.minCustomers(), now.minCustomers()),
				or(values.minCoherence(), now.minCoherence()), or(values.minAgreement(), now.minAgreement()),
				or(values.minRise(), now.minRise()), or(values.baselineWindows(), now.baselineWindows()),
				or(values.cooldownDays(), now.cooldownDays()), null, null), me);
	}

	private static <T> T or(T value, T fallback) {
		return value == null ? fallback : value;
	}

	private static SignalStatus status(String value) {
		try {
			return SignalStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw FeedbackRefused.invalid("status", "listening.error.status",
					"Status is one of NEW, ACKNOWLEDGED, PLANNED, DONE, DECLINED.");
		}
	}
}
