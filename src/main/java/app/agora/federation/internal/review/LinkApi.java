package app.agora.federation.internal.review;

import app.agora.access.SignedInUser;
import app.agora.federation.LinkCorrections;
import app.agora.federation.LinkDecision;
import app.agora.federation.LinkDecisions;
import app.agora.federation.LinkedRecord;
import app.agora.federation.RecordRef;
import app.agora.federation.SourceLinks;
import app.agora.parties.Parties;
import app.agora.parties.PartyNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's linked records and the staff corrections on them: link by hand,
 * split off, never the same, and the decision log.
 */
@RestController
@Tag(name = "Identity resolution")
class LinkApi {

	private final SourceLinks links;
	private final LinkCorrections corrections;
	private final LinkDecisions decisions;
	private final Parties parties;

	LinkApi(SourceLinks links, LinkCorrections corrections, LinkDecisions decisions, Parties parties) {
		this.links = links;
		this.corrections = corrections;
		this.decisions = decisions;
		this.parties = parties;
	}

	record NewLink(@NotBlank @Size(max = 40) String source, @NotBlank @Size(max = 200) String key,
			@NotBlank @Size(max = 1000) String reason) {
	}

	record Reason(@NotBlank @Size(max = 1000) String reason) {
	}

	record Ref(@NotBlank @Size(max = 40) String source, @NotBlank @Size(max = 200) String key) {
		RecordRef toRecord() {
			return new RecordRef(source.strip(), key.strip());
		}
	}

	record NeverSameRequest(@NotNull @Valid Ref left, @NotNull @Valid Ref right,
			@NotBlank @Size(max = 1000) String reason) {
	}

	@GetMapping("/api/v1/customers/{id}/links")
	@Operation(summary = "The records linked to a customer: source, key, method, score, explanation, who, when")
	List<LinkedRecord> links(@PathVariable UUID id) {
		requireParty(id);
		return links.recordsOf(id);
	}

	@PostMapping("/api/v1/customers/{id}/links")
	@Operation(summary = "Link a record to a customer by hand (409 when linked already or never the same)")
	ResponseEntity<LinkedRecord> link(@PathVariable UUID id, @Valid @RequestBody NewLink link,
			@AuthenticationPrincipal SignedInUser me) {
		var linked = corrections.link(id, link.source(), link.key(), me.email(), link.reason());
		return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/links")).body(linked);
	}

	@PostMapping("/api/v1/customers/{id}/links/{source}/{key}/split")
	@Operation(summary = "Split a wrongly linked record off a customer; it is never the same as them from now on")
	ResponseEntity<Void> split(@PathVariable UUID id, @PathVariable String source, @PathVariable String key,
			@Valid @RequestBody Reason reason, @AuthenticationPrincipal SignedInUser me) {
		corrections.split(id, source, key, me.email(), reason.reason());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/never-same")
	@Operation(summary = "Mark two records never the same person (a party is the record source 'agora', key its id)")
	ResponseEntity<Void> neverSame(@Valid @RequestBody NeverSameRequest request,
			@AuthenticationPrincipal SignedInUser me) {
		corrections.neverTheSame(request.left().toRecord(), request.right().toRecord(), me.email(), request.reason());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/customers/{id}/link-decisions")
	@Operation(summary = "Every link, split, review decision and merge of a customer, newest first")
	List<LinkDecision> decisions(@PathVariable UUID id, @RequestParam(defaultValue = "200") int limit) {
		requireParty(id);
		return decisions.ofParty(id, limit);
	}

	private void requireParty(UUID id) {
		if (parties.find(id).isEmpty()) {
			throw new PartyNotFound(id);
		}
	}
}
