package app.agora.federation.internal.linkage;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Jaro–Winkler similarity as Commons Text defines it, asked only when it can
 * matter. Most compared values are plainly different ("martin", "dubois"), and
 * a bound from the characters they share proves that before the real measure is
 * computed: Jaro counts at most the common characters, transpositions only
 * lower it, and the Winkler boost adds at most a tenth of the gap per common
 * leading character, up to four.
 */
final class JaroWinkler {

	private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

	private JaroWinkler() {
	}

	/**
	 * The similarity of a and b, or some value under floor when it is under floor.
	 */
	static double similarity(String a, String b, double floor) {
		double bound = upperBound(a, b);
		return bound < floor ? bound : SIMILARITY.apply(a, b);
	}

	static double upperBound(String a, String b) {
		int common = commonCharacters(a, b);
		if (common < 0) {
			return 1;
		}
		if (common == 0) {
			return 0;
		}
		double jaro = ((double) common / a.length() + (double) common / b.length() + 1) / 3;
		int prefix = 0;
		while (prefix < 4 && prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
			prefix++;
		}
		return Math.min(1, jaro + 0.1 * prefix * (1 - jaro));
	}

	/**
	 * At least the number of characters the two have in common: the characters of
	 * each found anywhere in the other, whichever count is lower. Two longs hold
	 * the ASCII sets, so the bound costs no allocation; -1 beyond ASCII (no bound
	 * then).
	 */
	private static int commonCharacters(String a, String b) {
		long lowA = 0;
		long highA = 0;
		for (int i = 0; i < a.length(); i++) {
			char c = a.charAt(i);
			if (c >= 128) {
				return -1;
			}
			if (c < 64) {
				lowA |= 1L << c;
			} else {
				highA |= 1L << (c - 64);
			}
		}
		long lowB = 0;
		long highB = 0;
		int inA = 0;
		for (int i = 0; i < b.length(); i++) {
			char c = b.charAt(i);
			if (c >= 128) {
				return -1;
			}
			if (c < 64) {
				lowB |= 1L << c;
				inA += (int) (lowA >>> c) & 1;
			} else {
				highB |= 1L << (c - 64);
				inA += (int) (highA >>> (c - 64)) & 1;
			}
		}
		int inB = 0;
		for (int i = 0; i < a.length(); i++) {
			char c = a.charAt(i);
			inB += (int) ((c < 64 ? lowB >>> c : highB >>> (c - 64)) & 1);
		}
		return Math.min(inA, inB);
	}
}
