package app.agora.federation.internal.linkage;

import app.agora.federation.internal.linkage.CandidatePairs.UsedKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns a model from the records alone, the way Splink does:
 * <ol>
 * <li>u, how often each level occurs by chance, from random pairs;</li>
 * <li>m, how often it occurs among matches, by expectation maximisation once
 * per blocking key on the pairs of its blocks, leaving out the key's own fields
 * (they agree there by construction, so they would teach the model nothing but
 * bias) and the pairs that a rule says are two people; each field's m is the
 * mean over the keys that left it free;</li>
 * <li>the prior, the share of matches among all possible pairs, such that the
 * expected matches among candidates add up.</li>
 * </ol>
 * The probabilities are then about all pairs, not only candidates, which is
 * what a threshold on match probability should mean.
 */
final class ModelEstimation {

	/** Pairs looked at per training round; more adds time, not accuracy. */
	static final int TRAINING_PAIRS = 1_000_000;
	/** A key with fewer pairs than this teaches too little to be trusted. */
	static final int MIN_SESSION_PAIRS = 50;

	private final RecordTable table;
	private final ComparisonVectors vectors;
	private final boolean acrossSourcesOnly;
	private final DeterministicRules rules;

	ModelEstimation(RecordTable table, ComparisonVectors vectors, boolean acrossSourcesOnly) {
		this.table = table;
		this.vectors = vectors;
		this.acrossSourcesOnly = acrossSourcesOnly;
		this.rules = new DeterministicRules(table.settings);
	}

	Parameters estimate(ComparedPairs pairs, List<UsedKey> keys, long[] distinct, long[] counts) {
		double[][] chance = ChanceAgreement.estimate(table, vectors, acrossSourcesOnly, table.settings.seed());
		var start = Parameters.start(vectors, chance);
		var sessions = sessions(pairs, keys.stream().filter(k -> !k.key().loose()).toList(), start);
		if (sessions.isEmpty()) {
			sessions = sessions(pairs, keys, start);
		}
		int fields = vectors.fields();
		double[][] m = new double[fields][];
		for (int f = 0; f < fields; f++) {
			m[f] = new double[start.m[f].length];
			final int field = f;
			var free = sessions.stream().filter(s -> !s.fixed(field)).toList();
			for (int l = 0; l < m[f].length; l++) {
				final int level = l;
				m[f][l] = free.stream().mapToDouble(s -> s.parameters.m[field][level]).average().orElse(start.m[f][l]);
			}
		}
		var model = new Parameters(start.prior, m, start.u);
		model.normalise();
		model.prior = prior(model, distinct, counts, possiblePairs());
		model.normalise();
		return model;
	}

	private record Session(int[] fixedFields, Parameters parameters) {

		boolean fixed(int field) {
			for (int f : fixedFields) {
				if (f == field) {
					return true;
				}
			}
			return false;
		}
	}

	private List<Session> sessions(ComparedPairs pairs, List<UsedKey> keys, Parameters start) {
		List<Map<Long, Long>> counts = new ArrayList<>();
		long[] hidden = new long[keys.size()];
		for (int k = 0; k < keys.size(); k++) {
			counts.add(new HashMap<>());
			for (int f : keys.get(k).key().fields()) {
				hidden[k] |= (long) ComparisonVectors.MISSING << (ComparisonVectors.BITS * f);
			}
		}
		int stride = Math.max(1, pairs.size / TRAINING_PAIRS);
		for (int p = 0; p < pairs.size; p += stride) {
			// pairs that are surely two people (relatives, mostly) would
			// otherwise be taken for matches with odd names and dates, since
			// they agree on so much else
			if (rules.contradiction(pairs.vectors[p], vectors) != null) {
				continue;
			}
			for (int k = 0; k < hidden.length; k++) {
				if (keys.get(k).shared(pairs.left[p], pairs.right[p])) {
					counts.get(k).merge(pairs.vectors[p] | hidden[k], 1L, Long::sum);
				}
			}
		}
		var sessions = new ArrayList<Session>();
		for (int k = 0; k < hidden.length; k++) {
			var session = counts.get(k);
			long total = session.values().stream().mapToLong(Long::longValue).sum();
			if (total < MIN_SESSION_PAIRS) {
				continue;
			}
			long[] distinct = session.keySet().stream().mapToLong(Long::longValue).toArray();
			long[] weights = new long[distinct.length];
			for (int v = 0; v < distinct.length; v++) {
				weights[v] = session.get(distinct[v]);
			}
			var trained = ExpectationMaximisation.estimate(distinct, weights,
					new Parameters(0.1, copy(start.m), start.u));
			sessions.add(new Session(keys.get(k).key().fields(), trained));
		}
		return sessions;
	}

	/**
	 * The share of matches among all possible pairs: the fixed point where the
	 * matches expected among the candidates, with this prior, are that share of all
	 * pairs (blocking is taken to miss next to no match).
	 */
	static double prior(Parameters model, long[] distinct, long[] counts, double possiblePairs) {
		double candidates = 0;
		for (long count : counts) {
			candidates += count;
		}
		double prior = Math.max(Parameters.FLOOR, 0.1 * candidates / possiblePairs);
		for (int iteration = 0; iteration < 1000; iteration++) {
			model.prior = prior;
			double matches = 0;
			for (int v = 0; v < distinct.length; v++) {
				matches += counts[v] * Parameters.probability(model.weight(distinct[v]));
			}
			double next = Math.min(0.5, Math.max(1e-12, matches / possiblePairs));
			if (Math.abs(next - prior) <= 1e-9 * prior) {
				return next;
			}
			prior = next;
		}
		return prior;
	}

	private double possiblePairs() {
		double n = table.size();
		double all = n * (n - 1) / 2;
		if (!acrossSourcesOnly) {
			return Math.max(1, all);
		}
		long[] perSource = new long[table.sources.size()];
		for (int source : table.sourceOf) {
			perSource[source]++;
		}
		double within = 0;
		for (long count : perSource) {
			within += count * (count - 1.0) / 2;
		}
		return Math.max(1, all - within);
	}

	private static double[][] copy(double[][] table) {
		double[][] copy = new double[table.length][];
		for (int f = 0; f < table.length; f++) {
			copy[f] = table[f].clone();
		}
		return copy;
	}
}
