package app.agora.federation.internal.linkage;

import java.util.SplittableRandom;

/**
 * How often fields agree by chance: the level frequencies among random pairs,
 * nearly all of which are non-matches. That is the classic estimate of u and
 * the start from which expectation maximisation refines it.
 */
final class ChanceAgreement {

	static final int SAMPLES = 300_000;

	private ChanceAgreement() {
	}

	static double[][] estimate(RecordTable table, ComparisonVectors vectors, boolean acrossSourcesOnly, long seed) {
		int fields = vectors.fields();
		double[][] counts = new double[fields][];
		for (int f = 0; f < fields; f++) {
			counts[f] = new double[vectors.comparator(f).levels().size()];
			// one pseudo-count per level: a level never seen by chance is rare, not
			// impossible
			java.util.Arrays.fill(counts[f], 1);
		}
		int n = table.size();
		if (n >= 2 && (!acrossSourcesOnly || table.sources.size() > 1)) {
			var random = new SplittableRandom(seed);
			for (int s = 0, tries = 0; s < SAMPLES && tries < SAMPLES * 20; tries++) {
				int i = random.nextInt(n);
				int j = random.nextInt(n);
				if (i == j || acrossSourcesOnly && table.sourceOf[i] == table.sourceOf[j]) {
					continue;
				}
				long vector = vectors.compare(Math.min(i, j), Math.max(i, j));
				for (int f = 0; f < fields; f++) {
					int level = ComparisonVectors.level(vector, f);
					if (level != ComparisonVectors.MISSING) {
						counts[f][level]++;
					}
				}
				s++;
			}
		}
		for (double[] levels : counts) {
			double sum = java.util.Arrays.stream(levels).sum();
			for (int l = 0; l < levels.length; l++) {
				levels[l] /= sum;
			}
		}
		return counts;
	}
}
