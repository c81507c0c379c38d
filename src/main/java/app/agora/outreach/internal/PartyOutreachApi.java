package app.agora.outreach.internal;

import app.agora.access.SignedInUser;
import app.agora.outreach.Delivery;
import app.agora.outreach.DeliveryPage;
import app.agora.outreach.Outreach;
import app.agora.parties.Parties;
import app.agora.parties.PartyNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff: a party's contact preferences (read only), its delivery log, and
 * sending it a message.
 */
@RestController
@RequestMapping("/api/v1/parties/{id}")
@Tag(name = "Outreach", description = "Contact preferences and the delivery log of a party (staff)")
class PartyOutreachApi {

	private final Parties parties;
	private final PreferenceBook preferences;
	private final Outreach outreach;

	PartyOutreachApi(Parties parties, PreferenceBook preferences, Outreach outreach) {
		this.parties = parties;
		this.preferences = preferences;
		this.outreach = outreach;
	}

	@GetMapping("/preferences")
	@Operation(summary = "The party's contact preferences; only the party may change them")
	PreferencesDocument preferences(@PathVariable UUID id) {
		return PreferencesDocument.of(id, preferences);
	}

	@GetMapping("/deliveries")
	@Operation(summary = "The gate's decisions about messages to the party, newest first")
	DeliveryPage deliveries(@PathVariable UUID id, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		requireParty(id);
		return outreach.deliveries(id, page, size);
	}

	@GetMapping("/deliveries/{deliveryId}")
	@Operation(summary = "One decision of the gate")
	Delivery delivery(@PathVariable UUID id, @PathVariable UUID deliveryId) {
		requireParty(id);
		return outreach.delivery(id, deliveryId)
				.orElseThrow(() -> new NotFound("No delivery " + deliveryId + " for party " + id + "."));
	}

	@PostMapping("/messages")
	@Operation(summary = "Send the party a message through the gate; the answer is the gate's decision")
	@ApiResponse(responseCode = "201", description = "Sent")
	@ApiResponse(responseCode = "202", description = "Deferred: held until quiet hours end or the channel is back")
	@ApiResponse(responseCode = "200", description = "Blocked: the reason says why; it will never be sent")
	ResponseEntity<Delivery> send(@PathVariable UUID id, @Valid @RequestBody StaffMessage message,
			@AuthenticationPrincipal SignedInUser me) {
		requireParty(id);
		var delivery = outreach.send(message.to(id, me.email()));
		var location = URI.create("/api/v1/parties/" + id + "/deliveries/" + delivery.id());
		var status = switch (delivery.outcome()) {
			case SENT -> HttpStatus.CREATED;
			case DEFERRED -> HttpStatus.ACCEPTED;
			case BLOCKED -> HttpStatus.OK;
		};
		return ResponseEntity.status(status).location(location).body(delivery);
	}

	private void requireParty(UUID id) {
		if (parties.find(id).isEmpty()) {
			throw new PartyNotFound(id);
		}
	}
}
