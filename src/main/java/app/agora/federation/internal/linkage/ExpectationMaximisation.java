package app.agora.federation.internal.linkage;

/**
 * Learns m and the share of matches from unlabelled pairs (Fellegi–Sunter with
 * expectation maximisation, as in Winkler's work and Splink): guess how likely
 * each pair is a match from the current weights, then re-estimate m from those
 * guesses, until they settle. It runs on distinct comparison vectors with their
 * counts, so a million pairs cost no more than a thousand. Fields are assumed
 * independent given the match status; the swapped-name and near-miss levels
 * absorb the worst of the dependence.
 */
final class ExpectationMaximisation {

	static final int MAX_ITERATIONS = 500;
	static final double TOLERANCE = 1e-7;

	private ExpectationMaximisation() {
	}

	/**
	 * @param vectors
	 *            distinct comparison vectors
	 * @param counts
	 *            how many candidate pairs have each vector
	 * @return the estimate, starting from (and replacing the values of) start
	 */
	static Parameters estimate(long[] vectors, long[] counts, Parameters start) {
		var p = start;
		int fields = p.m.length;
		double[] posterior = new double[vectors.length];
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			for (int v = 0; v < vectors.length; v++) {
				posterior[v] = Parameters.probability(p.weight(vectors[v]));
			}
			double[][] m = new double[fields][];
			for (int f = 0; f < fields; f++) {
				m[f] = new double[p.m[f].length];
			}
			double matches = 0;
			double total = 0;
			for (int v = 0; v < vectors.length; v++) {
				double match = counts[v] * posterior[v];
				matches += match;
				total += counts[v];
				for (int f = 0; f < fields; f++) {
					int level = ComparisonVectors.level(vectors[v], f);
					if (level != ComparisonVectors.MISSING) {
						m[f][level] += match;
					}
				}
			}
			// u stays as measured on random pairs: among blocked pairs
			// non-matches agree far more often than by chance, and learning u
			// there would teach that agreement means little
			var next = new Parameters(matches / total, m, p.u);
			next.normalise();
			double change = change(p, next);
			p = next;
			if (change < TOLERANCE) {
				break;
			}
		}
		return p;
	}

	private static double change(Parameters a, Parameters b) {
		double change = Math.abs(a.prior - b.prior);
		for (int f = 0; f < a.m.length; f++) {
			for (int l = 0; l < a.m[f].length; l++) {
				change = Math.max(change, Math.abs(a.m[f][l] - b.m[f][l]));
				change = Math.max(change, Math.abs(a.u[f][l] - b.u[f][l]));
			}
		}
		return change;
	}
}
