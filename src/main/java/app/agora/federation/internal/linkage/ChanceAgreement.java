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
	static final double PRIOR_PAIRS = 200;
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
			// start from typical frequencies worth PRIOR_PAIRS random pairs: a
			// level never seen by chance is rare, not impossible, and a handful
			// of records cannot say how rare
			double[] typical = vectors.comparator(f).typicalChance();
			counts[f] = new double[typical.length + 1];
			double different = 1;
			for (int l = 0; l < typical.length; l++) {
				counts[f][l] = typical[l] * PRIOR_PAIRS;
				different -= typical[l];
			}
			counts[f][typical.length] = different * PRIOR_PAIRS;
		}
		long possible = (long) table.size() * (table.size() - 1) / 2;
		if (possible <= SAMPLES) {
			// few records: every pair, rather than the same few pairs drawn
			// again and again
			add(counts, every(table, vectors, acrossSourcesOnly));
		} else if (!acrossSourcesOnly || table.sources.size() > 1) {
			var root = new SplittableRandom(seed);
			var randoms = IntStream.range(0, STREAMS).mapToObj(s -> root.split()).toList();
			IntStream.range(0, STREAMS).parallel()
					.mapToObj(s -> sample(table, vectors, acrossSourcesOnly, randoms.get(s), SAMPLES / STREAMS))
					.toList().forEach(part -> add(counts, part));
		}
		for (double[] levels : counts) {
			double sum = Arrays.stream(levels).sum();
			for (int l = 0; l < levels.length; l++) {
				levels[l] /= sum;
			}
		}
		return counts;
	}

	private static void add(double[][] counts, long[][] part) {
		for (int f = 0; f < counts.length; f++) {
			for (int l = 0; l < counts[f].length; l++) {
				counts[f][l] += part[f][l];
			}
		}
	}

	private static long[][] every(RecordTable table, ComparisonVectors vectors, boolean acrossSourcesOnly) {
		long[][] counts = empty(vectors);
		for (int i = 0; i < table.size(); i++) {
			for (int j = i + 1; j < table.size(); j++) {
				if (!acrossSourcesOnly || table.sourceOf[i] != table.sourceOf[j]) {
					count(counts, vectors.compare(i, j));
				}
			}
		}
		return counts;
	}

	private static long[][] empty(ComparisonVectors vectors) {
		long[][] counts = new long[vectors.fields()][];
		for (int f = 0; f < counts.length; f++) {
			counts[f] = new long[vectors.comparator(f).levels().size()];
		}
		return counts;
	}

	private static void count(long[][] counts, long vector) {
		for (int f = 0; f < counts.length; f++) {
			int level = ComparisonVectors.level(vector, f);
			if (level != ComparisonVectors.MISSING) {
				counts[f][level]++;
			}
		}
	}

	private static long[][] sample(RecordTable table, ComparisonVectors vectors, boolean acrossSourcesOnly,
			SplittableRandom random, int samples) {
		int n = table.size();
		long[][] counts = empty(vectors);
		for (int s = 0, tries = 0; s < samples && tries < samples * 20; tries++) {
			int i = random.nextInt(n);
			int j = random.nextInt(n);
			if (i == j || acrossSourcesOnly && table.sourceOf[i] == table.sourceOf[j]) {
				continue;
			}
			count(counts, vectors.compare(Math.min(i, j), Math.max(i, j)));
			s++;
		}
		return counts;
	}
}
