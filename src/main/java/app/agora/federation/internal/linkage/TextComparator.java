package app.agora.federation.internal.linkage;

import java.util.List;

/**
 * Free text such as a street or a town: near-identical, alike, or different.
 */
record TextComparator() implements FieldComparator {

	private static final List<String> LEVELS = List.of("exact", "Jaro–Winkler ≥ 0.92", "Jaro–Winkler ≥ 0.8",
			"different");

	@Override
	public double[] typicalChance() {
		return new double[]{0.01, 0.005, 0.01};
	}

	@Override
	public List<String> levels() {
		return LEVELS;
	}

	@Override
	public int level(String a, String b) {
		double similarity = JaroWinkler.similarity(a, b, 0.8);
		return similarity >= 0.92 ? 1 : similarity >= 0.8 ? 2 : 3;
	}
}
