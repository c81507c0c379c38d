package app.agora.listening.internal;

/**
 * Whether a text can be tagged at all, and what of it the models read. Text
 * with no words, or text that is binary data, is kept but not tagged; the
 * reason says why.
 */
final class TextCheck {

	/** The longest text an item keeps. */
	static final int MAX_STORED = 20_000;

	/** What the models read of a long text: its beginning. */
	static final int MAX_READ = 2_000;

	private static final double MAX_CONTROL_SHARE = 0.05;

	private TextCheck() {
	}

	/** Why the text cannot be tagged, or null when it can. */
	static String rejection(String text) {
		if (text == null || text.isBlank()) {
			return "No text.";
		}
		int control = 0;
		int letters = 0;
		int length = Math.min(text.length(), MAX_READ);
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
				control++;
			} else if (Character.isLetter(c)) {
				letters++;
			}
		}
		if (control > MAX_CONTROL_SHARE * length) {
			return "Not text: it looks like binary data.";
		}
		if (letters == 0) {
			return "No words to read.";
		}
		return null;
	}

	/**
	 * The text as stored: control characters out, at most {@link #MAX_STORED}
	 * characters.
	 */
	static String stored(String text) {
		String clean = text == null ? "" : text.replace("\u0000", "");
		return clean.length() <= MAX_STORED ? clean : clean.substring(0, MAX_STORED);
	}

	/** What the models read. */
	static String read(String text) {
		return text.length() <= MAX_READ ? text : text.substring(0, MAX_READ);
	}

	/** What the reader should know about a long text, or null. */
	static String note(String text) {
		return text.length() > MAX_READ
				? "Long text: tagged on its first " + String.format("%,d", MAX_READ) + " characters."
				: null;
	}
}
