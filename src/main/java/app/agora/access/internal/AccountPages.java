package app.agora.access.internal;

import app.agora.access.AccountRole;
import app.agora.access.SignedInUser;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The administrator's list of accounts, and everyone's own change-password
 * page.
 */
@Controller
class AccountPages {

	private final AccountAdministration administration;

	AccountPages(AccountAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("accounts", administration.list());
		model.addAttribute("roles", AccountRole.values());
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		return "account/accounts";
	}

	@PostMapping("/admin/accounts")
	String open(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String password, @RequestParam(required = false) AccountRole role,
			Model model) {
		var errors = administration.check(email, displayName, password, role);
		if (!errors.isEmpty()) {
			model.addAttribute("fieldErrors", errors);
			model.addAttribute("email", email);
			model.addAttribute("displayName", displayName);
			model.addAttribute("role", role);
			return list(model);
		}
		administration.open(email, displayName, password, role, null);
		return "redirect:/admin/accounts?opened";
	}

	@PostMapping("/admin/accounts/{id}")
	String change(@PathVariable UUID id, @RequestParam(required = false) AccountRole role,
			@RequestParam(required = false) Boolean enabled, @AuthenticationPrincipal SignedInUser me) {
		if (id.equals(me.accountId()) && (Boolean.FALSE.equals(enabled) || (role != null && role != me.role()))) {
			// An administrator cannot lock themselves out.
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		if (!administration.change(id, role, enabled)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/admin/accounts?saved";
	}

	@GetMapping("/account/password")
	String passwordForm() {
		return "account/password";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String current,
			@RequestParam(required = false) String replacement, @RequestParam(required = false) String confirmation,
			Model model) {
		String refusal = administration.changePassword(me.accountId(), current, replacement, confirmation);
		if (refusal != null) {
			model.addAttribute("refusal", refusal);
			model.addAttribute("refusedField",
					refusal.startsWith("password.error.current")
							? "current"
							: refusal.equals("password.error.confirmation") ? "confirmation" : "replacement");
			return "account/password";
		}
		return "redirect:/account/password?changed";
	}
}
