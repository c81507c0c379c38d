package app.agora.listening.internal;

import app.agora.access.SignedInUser;
import app.agora.listening.Alias;
import app.agora.listening.Feedback;
import app.agora.listening.FeedbackDraft;
import app.agora.listening.FeedbackImport;
import app.agora.listening.FeedbackItem;
import app.agora.listening.FeedbackPage;
import app.agora.listening.FeedbackRefused;
import app.agora.listening.Listened;
import app.agora.listening.Theme;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Feedback over the API, for staff: the inbox, logging and importing, themes
 * and names.
 */
@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Feedback", description = "Feedback items from every channel, their tags and themes (staff)")
class FeedbackApi {

	private final Feedback feedback;

	FeedbackApi(Feedback feedback) {
		this.feedback = feedback;
	}

	@GetMapping
	@Operation(summary = "The inbox, newest first; filters: product, competitor (party id), theme, sentiment, origin, state, from, to (days)")
	FeedbackPage inbox(@AuthenticationPrincipal SignedInUser me, @ModelAttribute InboxFilters filters,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		var parsed = filters.parse();
		if (!parsed.problems().isEmpty()) {
			var field = parsed.problems().keySet().iterator().next();
			throw FeedbackRefused.invalid(field, parsed.problems().get(field),
					"The filter '" + field + "' has a value that means nothing here.");
		}
		return feedback.inbox(parsed.query(), page, size, me);
	}

	@GetMapping("/{id}")
	FeedbackItem item(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return feedback.item(id, me);
	}

	/** What staff log by hand. */
	record LogRequest(String text, UUID authorPartyId, String authorName, String channel, Instant saidAt) {
	}

	@PostMapping
	@Operation(summary = "Log feedback by hand; it is tagged within seconds")
	ResponseEntity<FeedbackItem> log(@AuthenticationPrincipal SignedInUser me, @RequestBody LogRequest request) {
		FeedbackItem item = feedback.log(new FeedbackDraft(request.text(), request.authorPartyId(),
				request.authorName(), request.channel(), request.saidAt()), me);
		return ResponseEntity.created(URI.create("/api/v1/feedback/" + item.id())).body(item);
	}

	@PostMapping(path = "/imports", consumes = "multipart/form-data")
	@Operation(summary = "Import a CSV export of another channel (text, said_at, author_email, author_name, channel)")
	FeedbackImport importCsv(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String channel,
			@RequestParam(required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw FeedbackRefused.invalid("file", "listening.error.noFile", "Send the CSV as the 'file' part.");
		}
		return feedback.importCsv(channel, file.getInputStream(), me);
	}

	@GetMapping("/themes")
	List<Theme> themes(@AuthenticationPrincipal SignedInUser me) {
		return feedback.themes(me);
	}

	@GetMapping("/themes/{id}")
	Theme theme(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return feedback.theme(id, me);
	}

	record Rename(String name) {
	}

	@PutMapping("/themes/{id}/name")
	Theme rename(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody Rename request) {
		return feedback.renameTheme(id, request.name(), me);
	}

	record Merge(Long from) {
	}

	@PostMapping("/themes/{id}/merge")
	Theme merge(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody Merge request) {
		if (request.from() == null) {
			throw FeedbackRefused.invalid("from", "listening.error.mergeChoose", "Say which theme to merge: 'from'.");
		}
		return feedback.mergeThemes(id, request.from(), me);
	}

	@PostMapping("/themes/{id}/split")
	List<Theme> split(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return feedback.splitTheme(id, me);
	}

	record Move(Long themeId) {
	}

	@PutMapping("/{id}/theme")
	FeedbackItem move(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody Move request) {
		if (request.themeId() == null) {
			throw FeedbackRefused.invalid("themeId", "listening.error.filter", "Say which theme: 'themeId'.");
		}
		return feedback.moveItem(id, request.themeId(), me);
	}

	@GetMapping("/names")
	Listened names(@AuthenticationPrincipal SignedInUser me) {
		return feedback.listened(me);
	}

	record NewAlias(Alias.AliasKind kind, String subject, String alias) {
	}

	@PostMapping("/names/aliases")
	@ResponseStatus(HttpStatus.CREATED)
	Alias addAlias(@AuthenticationPrincipal SignedInUser me, @RequestBody NewAlias request) {
		return feedback.addAlias(request.kind(), request.subject(), request.alias(), me);
	}

	@DeleteMapping("/names/aliases/{id}")
	ResponseEntity<Void> removeAlias(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		feedback.removeAlias(id, me);
		return ResponseEntity.noContent().build();
	}
}
