package app.agora.access.internal;

import app.agora.access.SignedInUser;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
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
 * Everyone's own page of personal API tokens: create one (its secret is shown
 * once), see use, revoke.
 */
@Controller
@RequestMapping("/account/tokens")
class TokenPages {

	private final ApiTokens tokens;

	TokenPages(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("tokens", tokens.list(me.accountId()));
		model.addAttribute("now", Instant.now());
		return "account/tokens";
	}

	@PostMapping
	String create(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) List<String> scopes, @RequestParam(defaultValue = "") String expiresDays,
			Model model) {
		var request = TokenRequest.parse(name, scopes, expiresDays);
		if (!request.errors().isEmpty()) {
			model.addAttribute("fieldErrors", request.errors());
			model.addAttribute("name", name);
			return list(me, model);
		}
		var created = tokens.create(me.accountId(), request.name(), request.scopes(), request.lifetime());
		model.addAttribute("createdSecret", created.secret());
		return list(me, model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id) {
		if (!tokens.revoke(me.accountId(), id)) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND);
		}
		return "redirect:/account/tokens";
	}

	/** A token request from the form or the API, checked field by field. */
	record TokenRequest(String name, EnumSet<TokenScope> scopes, Duration lifetime,
			java.util.Map<String, String> errors) {

		static TokenRequest parse(String name, List<String> scopes, String expiresDays) {
			var errors = new java.util.LinkedHashMap<String, String>();
			String cleanName = name == null ? "" : name.strip();
			if (cleanName.isEmpty() || cleanName.length() > 100) {
				errors.put("name", "tokens.error.name");
			}
			var parsed = EnumSet.noneOf(TokenScope.class);
			try {
				if (scopes != null) {
					scopes.forEach(s -> parsed.addAll(TokenScope.parse(s)));
				}
			} catch (IllegalArgumentException e) {
				parsed.clear();
			}
			if (parsed.isEmpty()) {
				errors.put("scopes", "tokens.error.scopes");
			}
			Duration lifetime = null;
			if (expiresDays != null && !expiresDays.isBlank()) {
				try {
					int days = Integer.parseInt(expiresDays.strip());
					if (days < 1 || days > 3650) {
						throw new NumberFormatException();
					}
					lifetime = Duration.ofDays(days);
				} catch (NumberFormatException e) {
					errors.put("expiresDays", "tokens.error.expires");
				}
			}
			return new TokenRequest(cleanName, parsed, lifetime, errors);
		}
	}
}
