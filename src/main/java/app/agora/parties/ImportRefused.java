package app.agora.parties;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An upload that cannot become an import. The {@link Reason} lets pages show
 * the message beside the field; the API answers the status with a problem body.
 */
public class ImportRefused extends ErrorResponseException {

	public enum Reason {
		NO_FILE(HttpStatus.BAD_REQUEST), EMPTY_FILE(HttpStatus.BAD_REQUEST), WRONG_TYPE(
				HttpStatus.BAD_REQUEST), NOT_STAFF(HttpStatus.FORBIDDEN), ALREADY_RUNNING(HttpStatus.CONFLICT);

		private final HttpStatus status;

		Reason(HttpStatus status) {
			this.status = status;
		}
	}

	private final Reason reason;
	private final UUID runningImport;

	public ImportRefused(Reason reason, String detail) {
		this(reason, detail, null);
	}

	private ImportRefused(Reason reason, String detail, UUID runningImport) {
		super(reason.status);
		this.reason = reason;
		this.runningImport = runningImport;
		getBody().setDetail(detail);
		getBody().setProperty("reason", reason.name());
		if (runningImport != null) {
			getBody().setProperty("importId", runningImport);
		}
	}

	/**
	 * The same file is still being imported: sending it again would only race it.
	 */
	public static ImportRefused alreadyRunning(UUID runningImport) {
		return new ImportRefused(Reason.ALREADY_RUNNING,
				"This file is already being imported (import " + runningImport + "); wait for it to finish.",
				runningImport);
	}

	public Reason reason() {
		return reason;
	}

	/**
	 * The import already running the same file, for {@link Reason#ALREADY_RUNNING}.
	 */
	public UUID runningImport() {
		return runningImport;
	}
}
