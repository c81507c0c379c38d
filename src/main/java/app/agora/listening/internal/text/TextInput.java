package app.agora.listening.internal.text;

/**
 * What the text engine does to raw text before any model sees it: keeps the
 * beginning of an enormous text, turns control characters and undecodable bytes
 * into spaces, and tells texts that hold no letter or digit at all.
 */
final class TextInput {

	/**
	 * The most characters any model reads; the models read far fewer tokens anyway.
	 */
	static final int MAX_CHARS = 4_000;

	private TextInput() {
	}

	/**
	 * The text cut to {@link #MAX_CHARS}, without control characters (tabs and line
	 * breaks become spaces) and replacement characters, never null.
	 */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		int length = Math.min(text.length(), MAX_CHARS);
		if (length < text.length() && Character.isHighSurrogate(text.charAt(length - 1))) {
			length--;
		}
		StringBuilder cleaned = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			boolean control = Character.isISOControl(c) || c == '\uFFFD' || Character.getType(c) == Character.FORMAT
					|| (Character.isSurrogate(c) && !pairedSurrogate(text, i, length));
			cleaned.append(control ? ' ' : c);
		}
		return cleaned.toString().strip();
	}

	/**
	 * Whether the text holds at least one letter or digit: what the models can
	 * read.
	 */
	static boolean hasWords(String cleaned) {
		return cleaned.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	private static boolean pairedSurrogate(String text, int i, int length) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}
}
