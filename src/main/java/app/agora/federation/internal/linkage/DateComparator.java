package app.agora.federation.internal.linkage;

import java.util.List;

/**
 * Dates as yyyymmdd: one slip (a wrong or transposed digit, or day and month
 * read the wrong way round), two slips, or different.
 */
record DateComparator() implements FieldComparator {

	private static final List<String> LEVELS = List.of("exact", "one edit or day and month swapped", "two edits",
			"different");

	@Override
	public double[] typicalChance() {
		return new double[]{0.0001, 0.001, 0.01};
	}

	@Override
	public List<String> levels() {
		return LEVELS;
	}

	@Override
	public int level(String a, String b) {
		int edits = EditDistance.of(a, b, 2);
		if (edits <= 1 || dayMonthSwapped(a, b)) {
			return 1;
		}
		return edits == 2 ? 2 : 3;
	}

	private static boolean dayMonthSwapped(String a, String b) {
		return a.length() == 8 && b.length() == 8 && a.regionMatches(0, b, 0, 4) && a.regionMatches(4, b, 6, 2)
				&& a.regionMatches(6, b, 4, 2);
	}
}
