package app.agora.federation.internal.web;

import app.agora.access.SignedInUser;
import app.agora.federation.CorrectionNotFound;
import app.agora.federation.CorrectionRequest;
import app.agora.federation.CorrectionRequests;
import app.agora.federation.CorrectionStatus;
import app.agora.federation.InvalidCorrection;
import app.agora.federation.NewCorrection;
import app.agora.federation.ViewAccessLog;
import app.agora.federation.Viewer;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Correction requests over the API: a customer files and follows their own
 * ({@code /api/v1/me/corrections}); staff list and answer them
 * ({@code /api/v1/corrections}, kept from members by security).
 */
@RestController
class CorrectionApi {

	private final CorrectionRequests corrections;
	private final MessageSource messages;
	private final ViewAccessLog accessLog;

	CorrectionApi(CorrectionRequests corrections, MessageSource messages, ViewAccessLog accessLog) {
		this.corrections = corrections;
		this.messages = messages;
		this.accessLog = accessLog;
	}

	/** A steward's answer. */
	record Answer(String status, String reply) {
	}

	@GetMapping("/api/v1/me/corrections")
	List<CorrectionRequest> mine(@AuthenticationPrincipal SignedInUser me) {
		return corrections.of(ownParty(me));
	}

	@PostMapping("/api/v1/me/corrections")
	ResponseEntity<CorrectionRequest> file(@AuthenticationPrincipal SignedInUser me,
			@RequestBody NewCorrection request) {
		var filed = corrections.file(ownParty(me), me.email(), request);
		return ResponseEntity.created(URI.create("/api/v1/me/corrections/" + filed.id())).body(filed);
	}

	@GetMapping("/api/v1/me/corrections/{id}")
	CorrectionRequest oneOfMine(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id) {
		return corrections.of(ownParty(me), id).orElseThrow(() -> new CorrectionNotFound(id));
	}

	@GetMapping("/api/v1/corrections")
	List<CorrectionRequest> queue(@RequestParam(required = false) String status,
			@RequestParam(required = false) String source) {
		var wanted = CorrectionStatus.parse(status);
		if (status != null && !status.isBlank() && wanted == null) {
			throw badRequest("Unknown status '" + status + "' (known: OPEN, IN_PROGRESS, CORRECTED, DECLINED).");
		}
		return corrections.queue(wanted, source);
	}

	@GetMapping("/api/v1/corrections/{id}")
	CorrectionRequest one(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me) {
		var request = corrections.find(id).orElseThrow(() -> new CorrectionNotFound(id));
		accessLog.record(request.partyId(), new Viewer(me.accountId(), me.displayName(), me.isStaff()),
				"GET /api/v1/corrections/{id}");
		return request;
	}

	@PatchMapping("/api/v1/corrections/{id}")
	CorrectionRequest answer(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
			@RequestBody Answer answer) {
		var status = CorrectionStatus.parse(answer.status());
		if (answer.status() != null && !answer.status().isBlank() && status == null) {
			throw badRequest(
					"Unknown status '" + answer.status() + "' (known: OPEN, IN_PROGRESS, CORRECTED, DECLINED).");
		}
		return corrections.answer(id, status, answer.reply(), me.email());
	}

	@ExceptionHandler(InvalidCorrection.class)
	ProblemDetail invalid(InvalidCorrection e, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid.");
		problem.setProperty("errors", e.fieldErrors().entrySet().stream().map(error -> Map.of("field", error.getKey(),
				"message", messages.getMessage(error.getValue(), null, error.getValue(), locale))).toList());
		return problem;
	}

	private static ErrorResponseException badRequest(String detail) {
		var problem = new ErrorResponseException(HttpStatus.BAD_REQUEST);
		problem.getBody().setDetail(detail);
		return problem;
	}

	private static UUID ownParty(SignedInUser me) {
		return me.partyId().orElseThrow(() -> {
			var notFound = new ErrorResponseException(HttpStatus.NOT_FOUND);
			notFound.getBody().setDetail("This account stands for no customer.");
			return notFound;
		});
	}
}
