package app.agora.federation;

/** What becomes of a scored pair. */
public enum Classification {
	/**
	 * At or above the link threshold, or a deterministic rule: the records are
	 * linked.
	 */
	LINK,
	/** Between the thresholds: a person decides. */
	REVIEW,
	/** Below the review threshold: nothing happens. */
	NONE
}
