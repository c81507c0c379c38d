package app.agora.federation.internal.linkage;

import java.util.List;

/**
 * Names: a nickname or a near-identical spelling (Jaro–Winkler ≥ 0.92), a
 * looser likeness (≥ 0.8), or a value found in another name field of the other
 * record (given and family names swapped; {@link ComparisonVectors} checks
 * that, since it needs the whole record).
 */
record NameComparator() implements FieldComparator {

	private static final List<String> LEVELS = List.of("exact", "nickname or Jaro–Winkler ≥ 0.92", "Jaro–Winkler ≥ 0.8",
			"swapped with another name", "different");

	static final int CLOSE = 1;
	static final int SIMILAR = 2;
	static final int SWAPPED = 3;
	static final int DIFFERENT = 4;

	@Override
	public double[] typicalChance() {
		return new double[]{0.01, 0.005, 0.01, 0.001};
	}

	@Override
	public List<String> levels() {
		return LEVELS;
	}

	@Override
	public int level(String a, String b) {
		if (Nicknames.shareGroup(Nicknames.groupsOf(a), Nicknames.groupsOf(b))) {
			return CLOSE;
		}
		double similarity = JaroWinkler.similarity(a, b, 0.8);
		return similarity >= 0.92 ? CLOSE : similarity >= 0.8 ? SIMILAR : DIFFERENT;
	}

	/**
	 * Whether a value stands for the same name as another, for the swapped-names
	 * check.
	 */
	static boolean sameName(String a, String b) {
		return a.equals(b) || Nicknames.shareGroup(Nicknames.groupsOf(a), Nicknames.groupsOf(b))
				|| JaroWinkler.similarity(a, b, 0.92) >= 0.92;
	}
}
