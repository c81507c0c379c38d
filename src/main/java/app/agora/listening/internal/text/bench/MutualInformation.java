package app.agora.listening.internal.text.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalised mutual information between a grouping and the true categories,
 * with the arithmetic mean of the two entropies as normaliser (scikit-learn's
 * default, equal to the V-measure): 1 when the groups are the categories, 0
 * when they say nothing about them.
 */
final class MutualInformation {

	private MutualInformation() {
	}

	static double normalised(int[] groups, List<String> categories) {
		int n = groups.length;
		Map<String, Integer> joint = new HashMap<>();
		Map<Integer, Integer> perGroup = new HashMap<>();
		Map<String, Integer> perCategory = new HashMap<>();
		for (int i = 0; i < n; i++) {
			joint.merge(groups[i] + "\u0000" + categories.get(i), 1, Integer::sum);
			perGroup.merge(groups[i], 1, Integer::sum);
			perCategory.merge(categories.get(i), 1, Integer::sum);
		}
		double mutual = 0;
		for (Map.Entry<String, Integer> cell : joint.entrySet()) {
			String[] key = cell.getKey().split("\u0000", 2);
			double pxy = (double) cell.getValue() / n;
			double px = (double) perGroup.get(Integer.parseInt(key[0])) / n;
			double py = (double) perCategory.get(key[1]) / n;
			mutual += pxy * Math.log(pxy / (px * py));
		}
		double mean = (entropy(perGroup.values(), n) + entropy(perCategory.values(), n)) / 2;
		return mean == 0 ? 1 : mutual / mean;
	}

	private static double entropy(Iterable<Integer> counts, int n) {
		double entropy = 0;
		for (int count : counts) {
			double p = (double) count / n;
			entropy -= p * Math.log(p);
		}
		return entropy;
	}
}
