package app.agora.access.internal;

import app.agora.access.AccountRole;
import app.agora.access.SignedInUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts over REST, for administrators. */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Who can sign in, with which role (administrators only)")
class AccountApi {

	private final AccountAdministration administration;
	private final FieldProblems problems;

	AccountApi(AccountAdministration administration, FieldProblems problems) {
		this.administration = administration;
		this.problems = problems;
	}

	@GetMapping
	List<AccountAdministration.AccountView> list() {
		return administration.list();
	}

	record OpenAccount(String email, String displayName, String password, AccountRole role, UUID partyId) {
	}

	@PostMapping
	ResponseEntity<Map<String, UUID>> open(@RequestBody OpenAccount request) {
		var errors = administration.check(request.email(), request.displayName(), request.password(), request.role());
		if (!errors.isEmpty()) {
			throw problems.of(
					errors.containsValue("accounts.error.taken") ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
					errors);
		}
		UUID id = administration.open(request.email(), request.displayName(), request.password(), request.role(),
				request.partyId());
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + id)).body(Map.of("id", id));
	}

	record AccountChange(AccountRole role, Boolean enabled) {
	}

	@PatchMapping("/{id}")
	ResponseEntity<Void> change(@PathVariable UUID id, @RequestBody AccountChange change,
			@AuthenticationPrincipal SignedInUser me) {
		if (id.equals(me.accountId())
				&& (Boolean.FALSE.equals(change.enabled()) || (change.role() != null && change.role() != me.role()))) {
			throw new ErrorResponseException(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"You cannot disable your own account or change your own role."), null);
		}
		if (!administration.change(id, change.role(), change.enabled())) {
			throw new ErrorResponseException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.noContent().build();
	}
}
