package app.agora.parties.internal.importing;

import app.agora.access.SignedInUser;
import app.agora.parties.ImportOptions;
import app.agora.parties.ImportRefused;
import app.agora.parties.PartyImport;
import app.agora.parties.PartyImports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff pages to import parties: the upload form, an import's progress bar
 * (refreshed by htmx until it has finished) and report, and recent imports.
 */
@Controller
@RequestMapping("/imports")
class PartyImportPages {

	private static final int REJECTIONS_PER_PAGE = 50;

	private final PartyImports imports;
	private final DataSize maxFileSize;

	PartyImportPages(PartyImports imports,
			@Value("${spring.servlet.multipart.max-file-size:200MB}") DataSize maxFileSize) {
		this.imports = imports;
		this.maxFileSize = maxFileSize;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("imports", imports.recent(me, 50));
		return "imports/list";
	}

	/** {@code ?tooLarge}: the upload size guard sent the person back here. */
	@GetMapping("/new")
	String form(@RequestParam(name = "tooLarge", required = false) String tooLarge, Model model) {
		return form(model, false, tooLarge == null ? null : "imports.error.tooLarge");
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "allOrNothing", defaultValue = "false") boolean allOrNothing,
			@AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response) throws IOException {
		String error = null;
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			error = "imports.error.noFile";
		} else if (file.isEmpty()) {
			error = "imports.error.emptyFile";
		}
		if (error == null) {
			try (InputStream content = file.getInputStream()) {
				var started = imports.start(content, file.getOriginalFilename(), new ImportOptions(allOrNothing), me);
				return "redirect:/imports/" + started.id();
			} catch (ImportRefused refused) {
				error = switch (refused.reason()) {
					case NO_FILE -> "imports.error.noFile";
					case EMPTY_FILE -> "imports.error.emptyFile";
					case WRONG_TYPE -> "imports.error.wrongType";
					case ALREADY_RUNNING -> {
						model.addAttribute("runningImport", refused.runningImport());
						yield "imports.error.alreadyRunning";
					}
					case NOT_STAFF -> throw refused;
				};
				response.setStatus(refused.getStatusCode().value());
			}
		} else {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return form(model, allOrNothing, error);
	}

	/**
	 * The upload is parsed lazily, so a file over the limit ends here and the form
	 * says so beside the field.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(Model model, HttpServletResponse response) {
		// Model attributes of controller advice are not added to error views: the
		// layout needs
		// the signed-in person.
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		model.addAttribute("me",
				authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null);
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		return form(model, false, "imports.error.tooLarge");
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal SignedInUser me, Model model) {
		report(id, page, me, model);
		return "imports/show";
	}

	/** The part of the page that htmx polls while the import runs. */
	@GetMapping("/{id}/status")
	String status(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal SignedInUser me, Model model) {
		report(id, page, me, model);
		return "imports/show :: status";
	}

	private void report(UUID id, int page, SignedInUser me, Model model) {
		PartyImport job = imports.get(id, me);
		model.addAttribute("job", job);
		if (job.isFinished()) {
			model.addAttribute("rejections", imports.rejections(id, page, REJECTIONS_PER_PAGE, me));
		}
	}

	private String form(Model model, boolean allOrNothing, String error) {
		model.addAttribute("allOrNothing", allOrNothing);
		model.addAttribute("fileError", error);
		model.addAttribute("maxBytes", maxFileSize.toBytes());
		model.addAttribute("maxSize", maxFileSize.toMegabytes() + " MB");
		return "imports/new";
	}
}
