package app.agora.federation;

/** Which pairs of records are candidates. */
public enum LinkageMode {
	/**
	 * Every pair, within a source as well as across sources: one file deduplicated.
	 */
	DEDUPLICATE,
	/**
	 * Only pairs from different sources: each source is taken as free of
	 * duplicates.
	 */
	LINK
}
