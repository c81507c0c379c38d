package app.agora.federation.internal.linkage;

import java.util.List;

/**
 * Codes compared whole: the same, one slip apart (a mistyped customer number or
 * postcode still points somewhere near), or different (for a postcode, a move).
 * Identifiers and postcodes differ only in how often two unrelated people agree
 * by chance; only an exact identifier links by rule.
 */
record OneEditComparator(double[] typicalChance) implements FieldComparator {

	private static final List<String> LEVELS = List.of("exact", "one edit", "different");

	static OneEditComparator identifier() {
		return new OneEditComparator(new double[]{0.000001, 0.00001});
	}

	static OneEditComparator postcode() {
		return new OneEditComparator(new double[]{0.001, 0.003});
	}

	@Override
	public double[] typicalChance() {
		return typicalChance.clone();
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
