package app.agora.federation;

/**
 * Where a pair in the review queue stands: waiting for staff, decided either
 * way, or stale because its records changed or were linked otherwise meanwhile.
 */
public enum ReviewStatus {
	OPEN, ACCEPTED, REJECTED, STALE
}
