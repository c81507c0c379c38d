package app.agora.federation.internal.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise precision and recall of clusters against a truth: every pair of
 * records put in one cluster is a predicted link, every pair of the same entity
 * a true one. When linking sources, only pairs across sources count.
 */
record LinkageQuality(long truePositives, long predicted, long actual) {

	double precision() {
		return predicted == 0 ? 1 : (double) truePositives / predicted;
	}

	double recall() {
		return actual == 0 ? 1 : (double) truePositives / actual;
	}

	double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	/** Against an entity label per record. */
	static LinkageQuality ofEntities(int[] cluster, int[] entity, int[] source, boolean acrossSourcesOnly) {
		int n = cluster.length;
		long[] clusterKeys = new long[n];
		long[] entityKeys = new long[n];
		long[] bothKeys = new long[n];
		for (int i = 0; i < n; i++) {
			clusterKeys[i] = cluster[i];
			entityKeys[i] = entity[i];
			bothKeys[i] = ((long) cluster[i] << 32) | (entity[i] & 0xffffffffL);
		}
		return new LinkageQuality(pairsWithin(bothKeys, source, acrossSourcesOnly),
				pairsWithin(clusterKeys, source, acrossSourcesOnly),
				pairsWithin(entityKeys, source, acrossSourcesOnly));
	}

	/** Against a list of matching pairs of record numbers (each pair once). */
	static LinkageQuality ofPairs(int[] cluster, int[] source, boolean acrossSourcesOnly, Set<Long> truePairs) {
		long[] clusterKeys = new long[cluster.length];
		for (int i = 0; i < cluster.length; i++) {
			clusterKeys[i] = cluster[i];
		}
		long found = truePairs.stream().filter(p -> cluster[(int) (p >>> 32)] == cluster[(int) (long) p]).count();
		return new LinkageQuality(found, pairsWithin(clusterKeys, source, acrossSourcesOnly), truePairs.size());
	}

	/**
	 * The number of pairs of records with the same key (across sources only, if
	 * asked).
	 */
	private static long pairsWithin(long[] keys, int[] source, boolean acrossSourcesOnly) {
		Map<Long, Long> perKey = new HashMap<>();
		Map<KeyInSource, Long> perKeyAndSource = new HashMap<>();
		for (int i = 0; i < keys.length; i++) {
			perKey.merge(keys[i], 1L, Long::sum);
			if (acrossSourcesOnly) {
				perKeyAndSource.merge(new KeyInSource(keys[i], source[i]), 1L, Long::sum);
			}
		}
		long pairs = perKey.values().stream().mapToLong(c -> c * (c - 1) / 2).sum();
		long within = perKeyAndSource.values().stream().mapToLong(c -> c * (c - 1) / 2).sum();
		return pairs - within;
	}

	private record KeyInSource(long key, int source) {
	}
}
