package app.agora.listening;

import java.util.List;

/**
 * What an import of another channel's feedback did: rows stored, rows already
 * there from an earlier import of the same rows, and rows refused with their
 * line and reason.
 */
public record FeedbackImport(int imported, int alreadyThere, List<Problem> refused) {

	/** A row that was not imported. */
	public record Problem(long line, String reason) {
	}
}
