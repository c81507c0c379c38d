package app.agora.outreach.internal;

import app.agora.access.SignedInUser;
import app.agora.outreach.Channel;
import app.agora.outreach.Outreach;
import app.agora.outreach.Purpose;
import app.agora.parties.Parties;
import jakarta.validation.Valid;
import java.time.ZoneId;
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

/**
 * Staff: how a party wants to be contacted (read only: it is theirs to choose),
 * what the gate decided about every message to them, and a form to send one.
 */
@Controller
@RequestMapping("/parties/{id}/contact")
class ContactPage {

	private static final int PAGE_SIZE = 20;

	private final Parties parties;
	private final PreferenceBook preferences;
	private final Outreach outreach;
	private final ChannelRegistry channels;

	ContactPage(Parties parties, PreferenceBook preferences, Outreach outreach, ChannelRegistry channels) {
		this.parties = parties;
		this.preferences = preferences;
		this.outreach = outreach;
		this.channels = channels;
	}

	@GetMapping
	String show(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) UUID decision, Model model) {
		model.addAttribute("message", new MessageForm());
		if (decision != null) {
			outreach.delivery(id, decision).ifPresent(d -> model.addAttribute("decision", d));
		}
		return page(id, page, model);
	}

	@PostMapping
	String send(@PathVariable UUID id, @Valid @ModelAttribute("message") MessageForm message, BindingResult errors,
			@AuthenticationPrincipal SignedInUser me, Model model) {
		parties.get(id);
		if (errors.hasErrors()) {
			return page(id, 0, model);
		}
		var delivery = outreach.send(message.toMessage().to(id, me.email()));
		return "redirect:/parties/" + id + "/contact?decision=" + delivery.id();
	}

	private String page(UUID id, int page, Model model) {
		model.addAttribute("party", parties.get(id));
		model.addAttribute("preferences", preferences.of(id));
		model.addAttribute("saved", preferences.saved(id).orElse(null));
		model.addAttribute("deliveries", outreach.deliveries(id, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("purposes", Purpose.values());
		model.addAttribute("providers", channels.all());
		model.addAttribute("zone", ZoneId.systemDefault());
		return "outreach/contact";
	}
}
