package app.agora.parties;

/**
 * Where an import of parties stands. It waits its turn, checks the whole file,
 * then writes the valid rows; it ends completed or failed.
 */
public enum ImportStatus {
	QUEUED, VALIDATING, IMPORTING, COMPLETED, FAILED;

	public boolean isFinished() {
		return this == COMPLETED || this == FAILED;
	}
}
