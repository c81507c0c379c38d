package app.agora.parties.internal;

import app.agora.access.SignedInUser;
import app.agora.parties.Parties;
import app.agora.parties.PartyDetails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff merge two parties that are one person or organisation. */
@RestController
@Tag(name = "Parties")
class PartyMergeApi {

	private final Parties parties;

	PartyMergeApi(Parties parties) {
		this.parties = parties;
	}

	record MergeRequest(@NotNull UUID absorbed, @NotBlank @Size(max = 1000) String reason) {
	}

	@PostMapping("/api/v1/parties/{id}/merge")
	@Operation(summary = "Merge another party into this one; the absorbed id answers 301 to this one from then on")
	PartyDetails merge(@PathVariable UUID id, @Valid @RequestBody MergeRequest request,
			@AuthenticationPrincipal SignedInUser me) {
		return parties.merge(id, request.absorbed(), me.email(), request.reason());
	}
}
