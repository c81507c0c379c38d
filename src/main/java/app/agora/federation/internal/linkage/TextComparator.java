package app.agora.federation.internal.linkage;

import java.util.List;

/**
 * Free text such as a street or a town: near-identical, alike, or different.
 */
record TextComparator() implements FieldComparator {

	@Override
	public List<String> levels() {
		return List.of("exact", "Jaro–Winkler ≥ 0.92", "Jaro–Winkler ≥ 0.8", "different");
	}

	@Override
	public int level(String a, String b) {
		double similarity = FieldComparator.jaroWinkler(a, b);
		return similarity >= 0.92 ? 1 : similarity >= 0.8 ? 2 : 3;
	}
}
