package app.agora.federation;

import java.util.Map;

/**
 * A correction request or answer that cannot be stored: each field that is
 * wrong with the message key that says why, so pages put it beside the field.
 */
public class InvalidCorrection extends RuntimeException {

	private final transient Map<String, String> fieldErrors;

	public InvalidCorrection(Map<String, String> fieldErrors) {
		super("Invalid correction: " + fieldErrors);
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	/** Field → message key. */
	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}
}
