package app.agora.community.internal;

import app.agora.access.Accounts;
import app.agora.access.SignedInUser;
import app.agora.community.Community;
import app.agora.community.CommunityRefused;
import app.agora.community.Participant;
import app.agora.community.Space;
import app.agora.community.SpaceDraft;
import app.agora.community.Visibility;
import java.util.ArrayList;
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

/**
 * Where staff create spaces and change them (name, address, visibility,
 * products, members, moderators). Under /console, so members get 403.
 */
@Controller
@RequestMapping("/console/community/spaces")
class SpaceAdminPage {

	private final Community community;
	private final Accounts accounts;

	SpaceAdminPage(Community community, Accounts accounts) {
		this.community = community;
		this.accounts = accounts;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("spaces", community.spaces(who(me)));
		return "community/admin-spaces";
	}

	@GetMapping("/new")
	String newSpace(Model model) {
		model.addAttribute("form", new SpaceForm());
		return form(null, model);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") SpaceForm form,
			BindingResult errors, Model model) {
		SpaceDraft draft = draft(form, errors);
		if (!errors.hasErrors()) {
			try {
				Space space = community.createSpace(draft, who(me));
				return "redirect:/community/" + space.slug();
			} catch (CommunityRefused refused) {
				reject(errors, refused);
			}
		}
		return form(null, model);
	}

	@GetMapping("/{slug}/edit")
	String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug, Model model) {
		Space space = community.space(slug, who(me));
		model.addAttribute("form", SpaceForm.of(space, emails(space.members()), emails(space.moderators())));
		return form(slug, model);
	}

	@PostMapping("/{slug}/edit")
	String update(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@ModelAttribute("form") SpaceForm form, BindingResult errors, Model model) {
		SpaceDraft draft = draft(form, errors);
		if (!errors.hasErrors()) {
			try {
				Space space = community.updateSpace(slug, draft, who(me));
				return "redirect:/community/" + space.slug();
			} catch (CommunityRefused refused) {
				reject(errors, refused);
			}
		}
		return form(slug, model);
	}

	private String form(String slug, Model model) {
		model.addAttribute("editing", slug);
		model.addAttribute("visibilities", Visibility.values());
		return "community/admin-space";
	}

	private SpaceDraft draft(SpaceForm form, BindingResult errors) {
		return new SpaceDraft(form.getSlug(), form.getName(), form.getDescription(), form.getVisibility(),
				SpaceForm.lines(form.getProducts()), accountIds(form.getMembers(), "members", errors),
				accountIds(form.getModerators(), "moderators", errors));
	}

	private List<UUID> accountIds(String emails, String field, BindingResult errors) {
		List<UUID> ids = new ArrayList<>();
		for (String email : SpaceForm.lines(emails)) {
			accounts.byEmail(email).ifPresentOrElse(a -> ids.add(a.accountId()), () -> errors.rejectValue(field,
					"community.error.noAccount", new Object[]{email}, "No account " + email));
		}
		return ids;
	}

	private List<String> emails(List<UUID> ids) {
		return ids.stream().map(accounts::byId).flatMap(java.util.Optional::stream).map(SignedInUser::email).toList();
	}

	private static void reject(BindingResult errors, CommunityRefused refused) {
		if (refused.field() != null) {
			errors.rejectValue(refused.field(), refused.messageKey(), refused.getBody().getDetail());
		} else {
			errors.reject(refused.messageKey(), refused.getBody().getDetail());
		}
	}

	private static Participant who(SignedInUser me) {
		return Participant.of(me).orElse(null);
	}
}
