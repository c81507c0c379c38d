package app.agora.federation.internal.linkage;

import java.util.List;

/**
 * Email addresses: the same user name at another domain, a near-identical
 * address (a typo), or different.
 */
record EmailComparator() implements FieldComparator {

	private static final List<String> LEVELS = List.of("exact", "same user name", "Jaro–Winkler ≥ 0.9", "different");

	@Override
	public double[] typicalChance() {
		return new double[]{0.00001, 0.00001, 0.0001};
	}

	@Override
	public List<String> levels() {
		return LEVELS;
	}

	@Override
	public int level(String a, String b) {
		int atA = a.indexOf('@');
		int atB = b.indexOf('@');
		if (atA > 0 && atA == atB && a.regionMatches(0, b, 0, atA)) {
			return 1;
		}
		return JaroWinkler.similarity(a, b, 0.9) >= 0.9 ? 2 : 3;
	}
}
