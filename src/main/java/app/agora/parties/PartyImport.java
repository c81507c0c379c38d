package app.agora.parties;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * An import of parties from a CSV file: its progress while it runs, its report
 * when it has finished. Every data row ends counted once, as created, updated
 * or rejected; {@code processedRows} of {@code totalRows} have been through the
 * writing pass so far.
 */
public record PartyImport(UUID id, String fileName, long fileSize, ImportStatus status, boolean allOrNothing,
		String requestedBy, long totalRows, long processedRows, long created, long updated, long rejected,
		String failureMessage, Instant createdAt, Instant startedAt, Instant finishedAt) {

	public boolean isFinished() {
		return status.isFinished();
	}

	/**
	 * How far the writing pass has come, 0 to 100 (0 while the file is being
	 * checked).
	 */
	@JsonProperty("percent")
	public int percent() {
		if (status == ImportStatus.COMPLETED) {
			return 100;
		}
		if (status != ImportStatus.IMPORTING || totalRows == 0) {
			return 0;
		}
		return (int) Math.min(100, processedRows * 100 / totalRows);
	}
}
