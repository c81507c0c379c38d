package app.agora.federation.internal.linkage;

import java.util.List;

/** Postal codes: one slip, or different (a move shows as different). */
record PostcodeComparator() implements FieldComparator {

	private static final List<String> LEVELS = List.of("exact", "one edit", "different");

	@Override
	public double[] typicalChance() {
		return new double[]{0.001, 0.003};
	}

	@Override
	public List<String> levels() {
		return LEVELS;
	}

	@Override
	public int level(String a, String b) {
		return EditDistance.of(a, b, 1) <= 1 ? 1 : 2;
	}
}
