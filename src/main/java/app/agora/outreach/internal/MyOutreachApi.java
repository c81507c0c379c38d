package app.agora.outreach.internal;

import app.agora.access.SignedInUser;
import app.agora.outreach.DeliveryPage;
import app.agora.outreach.Outreach;
import app.agora.outreach.Preferences;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own contact preferences, notifications and delivery
 * log.
 */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "My contact preferences", description = "What Agora may send you, and what it sent or held back")
class MyOutreachApi {

	private final PreferenceBook preferences;
	private final PreferenceRules rules;
	private final Notifications notifications;
	private final Outreach outreach;
	private final Clock clock;

	MyOutreachApi(PreferenceBook preferences, PreferenceRules rules, Notifications notifications, Outreach outreach,
			Optional<Clock> clock) {
		this.preferences = preferences;
		this.rules = rules;
		this.notifications = notifications;
		this.outreach = outreach;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@GetMapping("/preferences")
	@Operation(summary = "Your contact preferences, with the defaults where you never chose")
	PreferencesDocument preferences(@AuthenticationPrincipal SignedInUser me) {
		return PreferencesDocument.of(party(me), preferences);
	}

	@PutMapping("/preferences")
	@Operation(summary = "Replace your contact preferences; what you leave out falls back to the default")
	PreferencesDocument save(@AuthenticationPrincipal SignedInUser me, @RequestBody Preferences chosen) {
		UUID party = party(me);
		var problems = rules.check(chosen);
		if (!problems.isEmpty()) {
			var locale = LocaleContextHolder.getLocale();
			throw new InvalidPreferences(problems.stream()
					.map(p -> Map.of("field", p.field(), "message", rules.message(p, locale))).toList());
		}
		preferences.save(party, chosen, me.email());
		return PreferencesDocument.of(party, preferences);
	}

	@GetMapping("/notifications")
	@Operation(summary = "Your in-app notifications, newest first")
	NotificationPage notifications(@AuthenticationPrincipal SignedInUser me,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return notifications.page(party(me), page, size);
	}

	@PostMapping("/notifications/{id}/read")
	@Operation(summary = "Mark one of your notifications read")
	Notification markRead(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id) {
		return notifications.markRead(party(me), id, clock.instant())
				.orElseThrow(() -> new NotFound("You have no notification with id " + id + "."));
	}

	@PostMapping("/notifications/read")
	@Operation(summary = "Mark all your notifications read; answers how many were unread")
	Map<String, Integer> markAllRead(@AuthenticationPrincipal SignedInUser me) {
		return Map.of("marked", notifications.markAllRead(party(me), clock.instant()));
	}

	@GetMapping("/deliveries")
	@Operation(summary = "What Agora sent you, held back or blocked, and why")
	DeliveryPage deliveries(@AuthenticationPrincipal SignedInUser me,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return outreach.deliveries(party(me), page, size);
	}

	private static UUID party(SignedInUser me) {
		return me.partyId().orElseThrow(NotFound::noParty);
	}
}
