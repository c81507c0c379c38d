package app.agora.outreach.internal;

import app.agora.access.SignedInUser;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in person's in-app notifications: staff accounts stand for parties
 * too.
 */
@Controller
@RequestMapping("/me/notifications")
class NotificationsPage {

	private static final int PAGE_SIZE = 20;

	private final Notifications notifications;
	private final PreferenceBook preferences;
	private final Clock clock;

	NotificationsPage(Notifications notifications, PreferenceBook preferences, Optional<Clock> clock) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "0") int page, Model model) {
		me.partyId().ifPresent(party -> {
			model.addAttribute("notifications", notifications.page(party, Math.max(0, page), PAGE_SIZE));
			var quiet = preferences.effective(party).quietHours();
			model.addAttribute("zone", quiet != null ? quiet.zone() : ZoneId.systemDefault());
		});
		return "outreach/notifications";
	}

	@PostMapping("/{id}/read")
	String markRead(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") int page) {
		UUID party = me.partyId().orElseThrow(NotFound::noParty);
		notifications.markRead(party, id, clock.instant())
				.orElseThrow(() -> new NotFound("You have no notification with id " + id + "."));
		return "redirect:/me/notifications?page=" + Math.max(0, page);
	}

	@PostMapping("/read")
	String markAllRead(@AuthenticationPrincipal SignedInUser me) {
		UUID party = me.partyId().orElseThrow(NotFound::noParty);
		notifications.markAllRead(party, clock.instant());
		return "redirect:/me/notifications";
	}
}
