package app.agora.federation.internal.linkage;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * How often fields agree by chance: the level frequencies among random pairs,
 * nearly all of which are non-matches. That is the classic estimate of u.
 */
final class ChanceAgreement {

	static final int SAMPLES = 250_000;
	/**
	 * Independent streams of random pairs, drawn in parallel; fixed, so the result
	 * does not depend on the machine.
	 */
	private static final int STREAMS = 8;

	private ChanceAgreement() {
	}

	static double[][] estimate(RecordTable table, ComparisonVectors vectors, boolean acrossSourcesOnly, long seed) {
		int fields = vectors.fields();
		double[][] counts = new double[fields][];
		for (int f = 0; f < fields; f++) {
			counts[f] = new double[vectors.comparator(f).levels().size()];
			// one pseudo-count per level: a level never seen by chance is rare, not
			// impossible
			Arrays.fill(counts[f], 1);
		}
		if (table.size() >= 2 && (!acrossSourcesOnly || table.sources.size() > 1)) {
			var root = new SplittableRandom(seed);
			var randoms = IntStream.range(0, STREAMS).mapToObj(s -> root.split()).toList();
			IntStream.range(0, STREAMS).parallel()
					.mapToObj(s -> sample(table, vectors, acrossSourcesOnly, randoms.get(s), SAMPLES / STREAMS))
					.toList().forEach(part -> {
						for (int f = 0; f < fields; f++) {
							for (int l = 0; l < counts[f].length; l++) {
								counts[f][l] += part[f][l];
							}
						}
					});
		}
		for (double[] levels : counts) {
			double sum = Arrays.stream(levels).sum();
			for (int l = 0; l < levels.length; l++) {
				levels[l] /= sum;
			}
		}
		return counts;
	}

	private static long[][] sample(RecordTable table, ComparisonVectors vectors, boolean acrossSourcesOnly,
			SplittableRandom random, int samples) {
		int n = table.size();
		long[][] counts = new long[vectors.fields()][];
		for (int f = 0; f < counts.length; f++) {
			counts[f] = new long[vectors.comparator(f).levels().size()];
		}
		for (int s = 0, tries = 0; s < samples && tries < samples * 20; tries++) {
			int i = random.nextInt(n);
			int j = random.nextInt(n);
			if (i == j || acrossSourcesOnly && table.sourceOf[i] == table.sourceOf[j]) {
				continue;
			}
			long vector = vectors.compare(Math.min(i, j), Math.max(i, j));
			for (int f = 0; f < counts.length; f++) {
				int level = ComparisonVectors.level(vector, f);
				if (level != ComparisonVectors.MISSING) {
					counts[f][level]++;
				}
			}
			s++;
		}
		return counts;
	}
}
