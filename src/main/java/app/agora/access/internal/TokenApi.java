package app.agora.access.internal;

import app.agora.access.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account and its personal API tokens. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The signed-in account and its personal API tokens")
class TokenApi {

	private final ApiTokens tokens;
	private final FieldProblems problems;

	TokenApi(ApiTokens tokens, FieldProblems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	record Me(UUID accountId, String email, String displayName, String role, UUID partyId) {
	}

	@GetMapping
	Me me(@AuthenticationPrincipal SignedInUser me) {
		return new Me(me.accountId(), me.email(), me.displayName(), me.role().name(), me.partyId().orElse(null));
	}

	record TokenView(UUID id, String name, List<String> scopes, Instant createdAt, Instant expiresAt,
			Instant lastUsedAt, Instant revokedAt) {

		static TokenView of(ApiToken token) {
			return new TokenView(token.id(), token.name(), List.of(token.scopes().split(" ")), token.createdAt(),
					token.expiresAt(), token.lastUsedAt(), token.revokedAt());
		}
	}

	record NewToken(String name, List<String> scopes, Integer expiresInDays) {
	}

	record CreatedToken(TokenView token, String secret) {
	}

	@GetMapping("/tokens")
	List<TokenView> list(@AuthenticationPrincipal SignedInUser me) {
		return tokens.list(me.accountId()).stream().map(TokenView::of).toList();
	}

	@PostMapping("/tokens")
	@Operation(summary = "Create a personal API token; the secret is in this answer only")
	ResponseEntity<CreatedToken> create(@AuthenticationPrincipal SignedInUser me, @RequestBody NewToken request) {
		var parsed = TokenPages.TokenRequest.parse(request.name(), request.scopes(),
				request.expiresInDays() == null ? "" : request.expiresInDays().toString());
		if (!parsed.errors().isEmpty()) {
			throw problems.of(HttpStatus.BAD_REQUEST, parsed.errors());
		}
		var created = tokens.create(me.accountId(), parsed.name(), parsed.scopes(), parsed.lifetime());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + created.token().id()))
				.body(new CreatedToken(TokenView.of(created.token()), created.secret()));
	}

	@DeleteMapping("/tokens/{id}")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id) {
		if (!tokens.revoke(me.accountId(), id)) {
			throw new ErrorResponseException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.noContent().build();
	}
}
