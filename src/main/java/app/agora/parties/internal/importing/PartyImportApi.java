package app.agora.parties.internal.importing;

import app.agora.access.SignedInUser;
import app.agora.parties.ImportOptions;
import app.agora.parties.ImportRefused;
import app.agora.parties.ImportRejections;
import app.agora.parties.PartyImport;
import app.agora.parties.PartyImports;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The import API: upload a CSV file, then follow the import. Errors are RFC
 * 9457 problems (400 bad upload, 404 unknown import, 409 same file already
 * running, 413 too large).
 */
@RestController
@RequestMapping("/api/v1/imports")
class PartyImportApi {

	private final PartyImports imports;
	private final DataSize maxFileSize;

	PartyImportApi(PartyImports imports,
			@Value("${spring.servlet.multipart.max-file-size:200MB}") DataSize maxFileSize) {
		this.imports = imports;
		this.maxFileSize = maxFileSize;
	}

	/**
	 * Starts an import of the multipart field {@code file}: 202 with the import's
	 * location, to be followed until its status is COMPLETED or FAILED.
	 */
	@PostMapping("/parties")
	ResponseEntity<PartyImport> start(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "allOrNothing", defaultValue = "false") boolean allOrNothing,
			@AuthenticationPrincipal SignedInUser me) throws IOException {
		if (file == null) {
			throw new ImportRefused(ImportRefused.Reason.NO_FILE,
					"Send the CSV file as the multipart/form-data field 'file'.");
		}
		if (file.isEmpty()) {
			throw new ImportRefused(ImportRefused.Reason.EMPTY_FILE, "The file is empty.");
		}
		PartyImport started;
		try (InputStream content = file.getInputStream()) {
			started = imports.start(content, file.getOriginalFilename(), new ImportOptions(allOrNothing), me);
		}
		var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/imports/{id}")
				.buildAndExpand(started.id()).toUri();
		return ResponseEntity.accepted().location(location).body(started);
	}

	/** The latest imports, newest first. */
	@GetMapping
	List<PartyImport> recent(@RequestParam(defaultValue = "20") int limit, @AuthenticationPrincipal SignedInUser me) {
		return imports.recent(me, limit);
	}

	/** Status, progress and counts; the report once finished. */
	@GetMapping("/{id}")
	PartyImport get(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me) {
		return imports.get(id, me);
	}

	/** Rejected rows with line numbers and reasons, a page at a time (from 0). */
	@GetMapping("/{id}/rejections")
	ImportRejections rejections(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal SignedInUser me) {
		return imports.rejections(id, page, size, me);
	}

	/**
	 * The upload is parsed lazily, when the file is first asked for, so a body too
	 * large or not multipart at all lands here rather than in a 500.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> badUpload(MultipartException e) {
		if (e instanceof MaxUploadSizeExceededException) {
			return tooLarge();
		}
		return notMultipart();
	}

	/**
	 * Tomcat parses the body early when anything reads a request parameter (the
	 * language switch does, for every request), and then reports a body over the
	 * limit, or a broken one, this way.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> unreadableUpload(InvalidParameterException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof SizeException) {
				return tooLarge();
			}
		}
		return notMultipart();
	}

	private ResponseEntity<ProblemDetail> tooLarge() {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
				HttpStatus.CONTENT_TOO_LARGE, "The file is too large (at most " + maxFileSize.toMegabytes() + " MB)."));
	}

	private static ResponseEntity<ProblemDetail> notMultipart() {
		return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Send the CSV file as the multipart/form-data field 'file'."));
	}
}
