package app.agora.outreach.internal;

import app.agora.access.SignedInUser;
import app.agora.outreach.Channel;
import app.agora.outreach.Outreach;
import app.agora.outreach.Preferences;
import app.agora.outreach.Purpose;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where a signed-in person chooses what Agora may send them, and sees what it
 * did.
 */
@Controller
@RequestMapping("/me/preferences")
class PreferencesPage {

	private static final int RECENT = 10;

	private final PreferenceBook preferences;
	private final PreferenceRules rules;
	private final Outreach outreach;

	PreferencesPage(PreferenceBook preferences, PreferenceRules rules, Outreach outreach) {
		this.preferences = preferences;
		this.rules = rules;
		this.outreach = outreach;
	}

	@GetMapping
	String show(@AuthenticationPrincipal SignedInUser me, Model model) {
		var party = me.partyId();
		if (party.isPresent()) {
			model.addAttribute("form", PreferencesForm.of(preferences.of(party.get())));
		}
		return page(party.orElse(null), model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") PreferencesForm form,
			BindingResult errors, Model model) {
		UUID party = me.partyId().orElseThrow(NotFound::noParty);
		Preferences chosen = form.toPreferences(errors, rules);
		if (errors.hasErrors()) {
			return page(party, model);
		}
		preferences.save(party, chosen, me.email());
		return "redirect:/me/preferences?saved";
	}

	private String page(UUID party, Model model) {
		model.addAttribute("channels", Channel.values());
		model.addAttribute("purposes", Purpose.values());
		model.addAttribute("limits", preferences.capLimits());
		model.addAttribute("zones", Zones.REGIONAL);
		if (party != null) {
			var effective = preferences.of(party);
			model.addAttribute("chosen", preferences.saved(party).isPresent());
			model.addAttribute("recent", outreach.deliveries(party, 0, RECENT));
			model.addAttribute("zone",
					effective.quietHours() != null ? effective.quietHours().zone() : ZoneId.systemDefault());
		}
		return "outreach/preferences";
	}
}
