package app.agora.federation.internal.linkage;

import java.util.List;

/**
 * Identifiers: one slip (a mistyped customer number still points somewhere
 * near), or different. Only an exact identifier links by rule.
 */
record IdentifierComparator() implements FieldComparator {

	private static final List<String> LEVELS = List.of("exact", "one edit", "different");

	@Override
	public double[] typicalChance() {
		return new double[]{0.000001, 0.00001};
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
