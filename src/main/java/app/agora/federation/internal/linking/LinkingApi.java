package app.agora.federation.internal.linking;

import app.agora.access.SignedInUser;
import app.agora.federation.LinkingAlreadyRunning;
import app.agora.federation.LinkingRun;
import app.agora.federation.RecordLinking;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Linking runs over the API, for admins (security keeps everyone else out):
 * start a first load, list the runs, follow one.
 */
@RestController
@RequestMapping("/api/v1/linking/runs")
class LinkingApi {

	private final RecordLinking linking;

	LinkingApi(RecordLinking linking) {
		this.linking = linking;
	}

	/** Starts a first load: 202 with the run, to be followed at its URL. */
	@PostMapping
	ResponseEntity<LinkingRun> start(@AuthenticationPrincipal SignedInUser me) {
		var run = linking.startFirstLoad(me.email());
		return ResponseEntity.accepted().location(java.net.URI.create("/api/v1/linking/runs/" + run.id())).body(run);
	}

	@GetMapping
	List<LinkingRun> list(@RequestParam(defaultValue = "20") int limit) {
		return linking.recentRuns(limit);
	}

	@GetMapping("/{id}")
	LinkingRun one(@PathVariable UUID id) {
		return linking.run(id).orElseThrow(() -> {
			var notFound = new ErrorResponseException(HttpStatus.NOT_FOUND);
			notFound.getBody().setDetail("Nothing found with this id.");
			return notFound;
		});
	}

	@ExceptionHandler(LinkingAlreadyRunning.class)
	ProblemDetail busy(LinkingAlreadyRunning e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
	}
}
