package app.agora.parties.internal;

import app.agora.access.SignedInUser;
import app.agora.parties.Lifecycle;
import app.agora.parties.LifecycleStage;
import app.agora.parties.Parties;
import app.agora.parties.PartyDetails;
import app.agora.parties.PartyDraft;
import app.agora.parties.PartyKind;
import app.agora.parties.PartyPage;
import app.agora.parties.PartyQuery;
import app.agora.parties.PartyRole;
import app.agora.parties.StageChange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Parties over REST, for staff: the same operations as the pages. */
@RestController
@RequestMapping("/api/v1/parties")
@Tag(name = "Parties", description = "People and organisations, their roles and lifecycle stage")
class PartyApi {

	private final Parties parties;
	private final Lifecycle lifecycle;

	PartyApi(Parties parties, Lifecycle lifecycle) {
		this.parties = parties;
		this.lifecycle = lifecycle;
	}

	@GetMapping
	@Operation(summary = "Search parties by name, email or phone, optionally by role, stage and kind; paged from 0")
	PartyPage search(@RequestParam(required = false) String q, @RequestParam(required = false) PartyRole role,
			@RequestParam(required = false) LifecycleStage stage, @RequestParam(required = false) PartyKind kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (q != null && q.length() > 200) {
			throw new IllegalArgumentException("The search text may have at most 200 characters.");
		}
		return parties.search(new PartyQuery(q, role, stage, kind), page, size);
	}

	@PostMapping
	@Operation(summary = "Create a party; the stage defaults to LEAD")
	ResponseEntity<PartyDetails> create(@Valid @RequestBody PartyDraft draft,
			@RequestParam(defaultValue = "LEAD") LifecycleStage stage, @AuthenticationPrincipal SignedInUser me) {
		var created = parties.create(draft, stage, me.email());
		return ResponseEntity.created(URI.create("/api/v1/parties/" + created.id())).eTag(etag(created)).body(created);
	}

	@GetMapping("/{id}")
	ResponseEntity<PartyDetails> get(@PathVariable UUID id) {
		var party = parties.get(id);
		return ResponseEntity.ok().eTag(etag(party)).body(party);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Edit a party; send If-Match with the ETag you read to refuse overwriting a newer edit (409)")
	ResponseEntity<PartyDetails> update(@PathVariable UUID id, @Valid @RequestBody PartyDraft draft,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal SignedInUser me) {
		long version = ifMatch == null ? parties.get(id).version() : parseVersion(ifMatch);
		var updated = parties.update(id, version, draft, me.email());
		return ResponseEntity.ok().eTag(etag(updated)).body(updated);
	}

	record RoleRequest(@NotNull PartyRole role, LocalDate since) {
	}

	@PostMapping("/{id}/roles")
	PartyDetails grantRole(@PathVariable UUID id, @Valid @RequestBody RoleRequest request,
			@AuthenticationPrincipal SignedInUser me) {
		return parties.grantRole(id, request.role(), request.since(), me.email());
	}

	@DeleteMapping("/{id}/roles/{role}")
	@Operation(summary = "End a role (kept in the history with the day it ended)")
	PartyDetails endRole(@PathVariable UUID id, @PathVariable PartyRole role,
			@RequestParam(required = false) LocalDate until, @AuthenticationPrincipal SignedInUser me) {
		return parties.endRole(id, role, until, me.email());
	}

	record StageRequest(@NotNull LifecycleStage stage, @Size(max = 1000) String reason) {
	}

	@PostMapping("/{id}/stage")
	PartyDetails changeStage(@PathVariable UUID id, @Valid @RequestBody StageRequest request,
			@AuthenticationPrincipal SignedInUser me) {
		return lifecycle.changeStage(id, request.stage(), request.reason(), me.email());
	}

	record LostRequest(@NotBlank @Size(max = 1000) String reason, UUID competitorId) {
	}

	@PostMapping("/{id}/lost")
	@Operation(summary = "Mark a deal lost: the party stays, in stage LOST_IN_TOUCH, with the reason and competitor")
	PartyDetails markLost(@PathVariable UUID id, @Valid @RequestBody LostRequest request,
			@AuthenticationPrincipal SignedInUser me) {
		return lifecycle.markLost(id, request.reason(), request.competitorId(), me.email());
	}

	@GetMapping("/{id}/stages")
	List<StageChange> stageHistory(@PathVariable UUID id) {
		parties.get(id);
		return lifecycle.history(id);
	}

	private static String etag(PartyDetails party) {
		return "\"" + party.version() + "\"";
	}

	private static long parseVersion(String ifMatch) {
		try {
			return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("If-Match must be an ETag this API gave out, such as \"3\".");
		}
	}
}
