package app.agora.federation.internal.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinkageModelTests {

	private static final double[] M = {0.85, 0.1, 0.05};
	private static final double[] U = {0.01, 0.04, 0.95};

	@Test
	void expectationMaximisationFindsTheMatchesWithoutLabels() {
		// 1,000 matches among 10,000 pairs, three fields drawn independently from known
		// m and u
		var random = new Random(3);
		Map<Long, Long> counts = new HashMap<>();
		for (int pair = 0; pair < 10_000; pair++) {
			double[] levels = pair < 1_000 ? M : U;
			long vector = 0;
			for (int field = 0; field < 3; field++) {
				vector |= (long) draw(levels, random) << (ComparisonVectors.BITS * field);
			}
			counts.merge(vector, 1L, Long::sum);
		}
		long[] vectors = counts.keySet().stream().mapToLong(Long::longValue).toArray();
		long[] weights = new long[vectors.length];
		for (int v = 0; v < vectors.length; v++) {
			weights[v] = counts.get(vectors[v]);
		}
		double[][] flat = {{1 / 3.0, 1 / 3.0, 1 / 3.0}, {1 / 3.0, 1 / 3.0, 1 / 3.0}, {1 / 3.0, 1 / 3.0, 1 / 3.0}};
		var start = new Parameters(0.5, flat, new double[][]{U.clone(), U.clone(), U.clone()});

		var learned = ExpectationMaximisation.estimate(vectors, weights, start);

		assertThat(learned.prior).isCloseTo(0.1, within(0.01));
		for (int field = 0; field < 3; field++) {
			for (int level = 0; level < 3; level++) {
				assertThat(learned.m[field][level]).as("m of field %d level %d", field, level).isCloseTo(M[level],
						within(0.03));
			}
		}
		assertThat(learned.weight(0, 0)).isGreaterThan(6);
		assertThat(learned.weight(0, 2)).isLessThan(-4);
	}

	@Test
	void missingValuesNeitherHelpNorHurt() {
		var model = new Parameters(0.01, new double[][]{M.clone(), M.clone()}, new double[][]{U.clone(), U.clone()});
		long firstAgrees = (long) ComparisonVectors.MISSING << ComparisonVectors.BITS;
		long bothAgree = 0;

		assertThat(model.weight(firstAgrees)).isCloseTo(model.weight(bothAgree) - model.weight(1, 0), within(1e-9));
	}

	@Test
	void thePriorIsTheShareOfMatchesAmongAllPairs() {
		var model = new Parameters(0.5, new double[][]{M.clone()}, new double[][]{U.clone()});
		// 100 candidate pairs agree exactly (weight log2(85) each), out of a million
		// possible pairs
		double prior = ModelEstimation.prior(model, new long[]{0}, new long[]{100}, 1e6);

		// at the fixed point, each of the 100 pairs is a match with probability
		// prior·85/(prior·85 + 1 − prior)
		double each = prior * 85 / (prior * 85 + 1 - prior);
		assertThat(prior * 1e6).isCloseTo(100 * each, within(1e-3));
	}

	private static int draw(double[] levels, Random random) {
		double roll = random.nextDouble();
		for (int level = 0; level < levels.length; level++) {
			roll -= levels[level];
			if (roll < 0) {
				return level;
			}
		}
		return levels.length - 1;
	}
}
