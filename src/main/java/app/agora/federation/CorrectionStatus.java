package app.agora.federation;

/**
 * Where a customer's correction request stands: the customer follows it on
 * their own page.
 */
public enum CorrectionStatus {
	/** Sent to the stewards of the source, nobody has taken it yet. */
	OPEN,
	/** A steward is looking into it. */
	IN_PROGRESS,
	/** The source was corrected. */
	CORRECTED,
	/** The fact stays as it is; the reply says why. */
	DECLINED;

	/** Reads a status sent by a person or a program; null when it names none. */
	public static CorrectionStatus parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
