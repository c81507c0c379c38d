package app.agora.federation.internal.linkage;

/**
 * American Soundex: names that sound alike share a four-character code (Smith,
 * Smyth: S530). Used only for blocking, where a coarse key that survives most
 * spelling variants is what we want.
 */
final class Soundex {

	// abcdefghijklmnopqrstuvwxyz
	private static final String DIGITS = "01230120022455012623010202";

	private Soundex() {
	}

	/**
	 * The code of a normalised name (lower-case ASCII letters and spaces), or null
	 * when it has no letter.
	 */
	static String of(String name) {
		var code = new StringBuilder(4);
		char last = 0;
		for (int i = 0; i < name.length() && code.length() < 4; i++) {
			char c = name.charAt(i);
			if (c < 'a' || c > 'z') {
				continue;
			}
			char digit = DIGITS.charAt(c - 'a');
			if (code.isEmpty()) {
				code.append(Character.toUpperCase(c));
			} else if (digit != '0' && digit != last) {
				code.append(digit);
			}
			// h and w do not separate equal codes; vowels do
			if (c != 'h' && c != 'w') {
				last = digit;
			}
		}
		if (code.isEmpty()) {
			return null;
		}
		while (code.length() < 4) {
			code.append('0');
		}
		return code.toString();
	}
}
