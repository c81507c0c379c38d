package app.agora.parties.internal;

import app.agora.access.SignedInUser;
import app.agora.parties.Parties;
import app.agora.parties.PartyNotFound;
import app.agora.parties.Relationship;
import app.agora.parties.RelationshipKind;
import app.agora.parties.Relationships;
import app.agora.parties.Timeline;
import app.agora.parties.TimelineEntry;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A party's relationships and activity timeline over REST. */
@RestController
@RequestMapping("/api/v1/parties/{id}")
@Tag(name = "Relationships and timeline")
class PartyLinksApi {

	private final Parties parties;
	private final Relationships relationships;
	private final Timeline timeline;

	PartyLinksApi(Parties parties, Relationships relationships, Timeline timeline) {
		this.parties = parties;
		this.relationships = relationships;
		this.timeline = timeline;
	}

	@GetMapping("/relationships")
	List<Relationship> relationships(@PathVariable UUID id) {
		parties.get(id);
		return relationships.of(id);
	}

	record RelationshipRequest(@NotNull RelationshipKind kind, @NotNull UUID toId, LocalDate since,
			@Size(max = 500) String note) {
	}

	@PostMapping("/relationships")
	ResponseEntity<Relationship> relate(@PathVariable UUID id, @Valid @RequestBody RelationshipRequest request,
			@AuthenticationPrincipal SignedInUser me) {
		var created = relationships.relate(id, request.kind(), request.toId(), request.since(), request.note(),
				me.email());
		return ResponseEntity.created(URI.create("/api/v1/parties/" + id + "/relationships/" + created.id()))
				.body(created);
	}

	@DeleteMapping("/relationships/{relationshipId}")
	ResponseEntity<Void> unrelate(@PathVariable UUID id, @PathVariable UUID relationshipId) {
		parties.get(id);
		if (!relationships.remove(id, relationshipId)) {
			throw new PartyNotFound(relationshipId);
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/timeline")
	List<TimelineEntry> timeline(@PathVariable UUID id, @RequestParam(defaultValue = "100") int limit) {
		parties.get(id);
		return timeline.of(id, limit);
	}

	record NoteRequest(@NotBlank @Size(max = Timeline.MAX_NOTE_LENGTH) String text) {
	}

	@PostMapping("/timeline")
	ResponseEntity<TimelineEntry> addNote(@PathVariable UUID id, @Valid @RequestBody NoteRequest request,
			@AuthenticationPrincipal SignedInUser me) {
		var entry = timeline.addNote(id, request.text(), me.email());
		return ResponseEntity.created(URI.create("/api/v1/parties/" + id + "/timeline")).body(entry);
	}
}
