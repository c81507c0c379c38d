package app.agora.parties.internal;

import app.agora.access.SignedInUser;
import app.agora.parties.LifecycleStage;
import app.agora.parties.Parties;
import app.agora.parties.PartyKind;
import app.agora.parties.PartyQuery;
import app.agora.parties.PartyRole;
import jakarta.validation.Validator;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** Staff pages to search, create and edit parties. */
@Controller
@RequestMapping("/parties")
class PartyPages {

	static final int PAGE_SIZE = 25;

	private final Parties parties;
	private final Validator validator;

	PartyPages(Parties parties, Validator validator) {
		this.parties = parties;
		this.validator = validator;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", PartyKind.values());
		model.addAttribute("roles", PartyRole.values());
		model.addAttribute("stages", LifecycleStage.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) PartyRole role,
			@RequestParam(required = false) LifecycleStage stage, @RequestParam(required = false) PartyKind kind,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String text = q == null ? null : q.length() > 200 ? q.substring(0, 200) : q;
		model.addAttribute("result", parties.search(new PartyQuery(text, role, stage, kind), page, PAGE_SIZE));
		model.addAttribute("q", text);
		model.addAttribute("role", role);
		model.addAttribute("stage", stage);
		model.addAttribute("kind", kind);
		return "parties/list";
	}

	@GetMapping("/new")
	String newParty(Model model) {
		model.addAttribute("form", new PartyForm());
		return "parties/form";
	}

	@PostMapping
	String create(@ModelAttribute("form") PartyForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser me) {
		if (!form.validate(validator, errors)) {
			return "parties/form";
		}
		var stage = form.getStage() == null ? LifecycleStage.LEAD : form.getStage();
		var created = parties.create(form.toDraft(), stage, me.email());
		return "redirect:/parties/" + created.id() + "?created";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("form", PartyForm.of(parties.get(id)));
		model.addAttribute("partyId", id);
		return "parties/form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") PartyForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("partyId", id);
		if (!form.validate(validator, errors)) {
			return "parties/form";
		}
		try {
			parties.update(id, form.getVersion(), form.toDraft(), me.email());
		} catch (OptimisticLockingFailureException e) {
			errors.reject("parties.changedMeanwhile");
			return "parties/form";
		}
		return "redirect:/parties/" + id + "?saved";
	}
}
