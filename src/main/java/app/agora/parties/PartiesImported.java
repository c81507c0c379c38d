package app.agora.parties;

import java.util.UUID;

/**
 * An import of parties from a file has finished (or failed as a whole).
 * {@code requestedBy} is the party of the account that started it, when that
 * account stands for one, so it can be told.
 */
public record PartiesImported(UUID importId, UUID requestedBy, String fileName, Outcome outcome, long created,
		long updated, long rejected) {

	public enum Outcome {
		COMPLETED, FAILED
	}
}
