package app.agora.federation.internal.linkage;

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions),
 * bounded: typing "19710624" as "19716024" is one slip, not two. Commons Text
 * offers Levenshtein but not transpositions.
 */
final class EditDistance {

	private static final ThreadLocal<int[][]> ROWS = ThreadLocal
			.withInitial(() -> new int[][]{new int[64], new int[64], new int[64]});

	private EditDistance() {
	}

	/**
	 * Whether two equal-length strings differ by exactly one swap of neighbours.
	 */
	private static boolean adjacentSwap(String a, String b) {
		int first = 0;
		while (first < a.length() && a.charAt(first) == b.charAt(first)) {
			first++;
		}
		return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
				&& a.charAt(first + 1) == b.charAt(first)
				&& a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
	}

	/** The distance, or {@code max + 1} as soon as it is known to exceed max. */
	static int of(String a, String b, int max) {
		int n = a.length();
		int m = b.length();
		if (Math.abs(n - m) > max) {
			return max + 1;
		}
		if (n == m) {
			// same length and at most one differing position: that is the
			// distance, no table needed
			int differing = 0;
			for (int i = 0; i < n && differing <= 1; i++) {
				if (a.charAt(i) != b.charAt(i)) {
					differing++;
				}
			}
			if (differing <= 1) {
				return differing;
			}
			if (max == 1) {
				return adjacentSwap(a, b) ? 1 : 2;
			}
		}
		int[][] rows = ROWS.get();
		if (rows[0].length <= m) {
			rows = new int[][]{new int[m + 1], new int[m + 1], new int[m + 1]};
			ROWS.set(rows);
		}
		int[] before = rows[0];
		int[] previous = rows[1];
		int[] current = rows[2];
		for (int j = 0; j <= m; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= n; i++) {
			current[0] = i;
			int rowMin = i;
			for (int j = 1; j <= m; j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d = Math.min(d, before[j - 2] + 1);
				}
				current[j] = d;
				rowMin = Math.min(rowMin, d);
			}
			if (rowMin > max) {
				return max + 1;
			}
			int[] spare = before;
			before = previous;
			previous = current;
			current = spare;
		}
		return Math.min(previous[m], max + 1);
	}
}
