package app.agora.federation.internal.linkage;

import java.util.List;

/**
 * Phone numbers in E.164: the same national number under another country code
 * (a number read in the wrong region), one slip, or different.
 */
record PhoneComparator() implements FieldComparator {

	private static final List<String> LEVELS = List.of("exact", "same last 9 digits or one edit", "different");

	private static final int NATIONAL_DIGITS = 9;

	@Override
	public double[] typicalChance() {
		return new double[]{0.00001, 0.00001};
	}

	@Override
	public List<String> levels() {
		return LEVELS;
	}

	@Override
	public int level(String a, String b) {
		if (a.length() >= NATIONAL_DIGITS && b.length() >= NATIONAL_DIGITS
				&& a.regionMatches(a.length() - NATIONAL_DIGITS, b, b.length() - NATIONAL_DIGITS, NATIONAL_DIGITS)) {
			return 1;
		}
		return EditDistance.of(a, b, 1) <= 1 ? 1 : 2;
	}
}
