package app.agora.listening.internal.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * Themes as centroids (means) of unit-length embeddings: an item joins the
 * theme it is most similar to, on average over the theme's items (see
 * {@link #similarity}), when that similarity reaches {@code threshold}, else it
 * starts a new theme. A whole set is grouped the same way, one item after the
 * other, then refined: every item moves to the most similar of the centroids
 * found, a few times over, which undoes the accidents of arrival order. Names
 * come from {@link KeyPhrases}.
 * <p>
 * Bad input: a zero vector (the embedding of a blank or binary text) joins no
 * theme and is grouped alone; vectors of another length than the themes' count
 * as dissimilar. Stateless and thread-safe.
 */
final class CentroidThemeGrouping implements ThemeGrouping {

	/** Rounds of refinement in {@link #group(List)}. */
	private static final int ROUNDS = 5;

	private final double threshold;

	private final java.util.function.Supplier<KeyPhrases> keyPhrases;

	CentroidThemeGrouping(double threshold, java.util.function.Supplier<KeyPhrases> keyPhrases) {
		this.threshold = threshold;
		this.keyPhrases = keyPhrases;
	}

	@Override
	public OptionalLong nearest(float[] embedding, Collection<ThemeCentroid> themes) {
		if (Vectors.isZero(embedding)) {
			return OptionalLong.empty();
		}
		long best = 0;
		double bestSimilarity = Double.NEGATIVE_INFINITY;
		for (ThemeCentroid theme : themes) {
			double similarity = similarity(embedding, theme.centroid());
			if (similarity > bestSimilarity || (similarity == bestSimilarity && theme.themeId() < best)) {
				best = theme.themeId();
				bestSimilarity = similarity;
			}
		}
		return bestSimilarity >= threshold ? OptionalLong.of(best) : OptionalLong.empty();
	}

	@Override
	public float[] joined(ThemeCentroid theme, float[] embedding) {
		float[] centroid = theme.centroid();
		int size = Math.max(theme.size(), 0);
		float[] joined = new float[centroid.length];
		for (int i = 0; i < centroid.length; i++) {
			float added = i < embedding.length ? embedding[i] : 0;
			joined[i] = (centroid[i] * size + added) / (size + 1);
		}
		return joined;
	}

	@Override
	public float[] left(ThemeCentroid theme, float[] embedding) {
		float[] centroid = theme.centroid();
		int size = theme.size();
		float[] left = new float[centroid.length];
		if (size <= 1) {
			return left;
		}
		for (int i = 0; i < centroid.length; i++) {
			float removed = i < embedding.length ? embedding[i] : 0;
			left[i] = (centroid[i] * size - removed) / (size - 1);
		}
		return left;
	}

	@Override
	public int[] group(List<float[]> embeddings) {
		int[] groups = new int[embeddings.size()];
		List<float[]> centroids = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		for (int i = 0; i < groups.length; i++) {
			float[] embedding = embeddings.get(i);
			int nearest = Vectors.isZero(embedding) ? -1 : nearest(embedding, centroids);
			if (nearest >= 0 && similarity(embedding, centroids.get(nearest)) >= threshold) {
				int size = sizes.get(nearest);
				centroids.set(nearest, joined(new ThemeCentroid(nearest, centroids.get(nearest), size), embedding));
				sizes.set(nearest, size + 1);
				groups[i] = nearest;
			} else {
				groups[i] = centroids.size();
				centroids.add(embedding.clone());
				sizes.add(1);
			}
		}
		for (int round = 0; round < ROUNDS; round++) {
			List<float[]> means = means(embeddings, groups, centroids.size());
			boolean moved = false;
			for (int i = 0; i < groups.length; i++) {
				if (Vectors.isZero(embeddings.get(i))) {
					continue;
				}
				int nearest = nearest(embeddings.get(i), means);
				if (nearest >= 0 && nearest != groups[i]) {
					groups[i] = nearest;
					moved = true;
				}
			}
			if (!moved) {
				break;
			}
		}
		return renumbered(groups);
	}

	@Override
	public List<String> names(List<List<String>> groupsOfTexts) {
		return keyPhrases.get().names(groupsOfTexts);
	}

	private static int nearest(float[] embedding, List<float[]> centroids) {
		int best = -1;
		double bestSimilarity = Double.NEGATIVE_INFINITY;
		for (int c = 0; c < centroids.size(); c++) {
			float[] centroid = centroids.get(c);
			if (centroid == null) {
				continue;
			}
			double similarity = similarity(embedding, centroid);
			if (similarity > bestSimilarity) {
				best = c;
				bestSimilarity = similarity;
			}
		}
		return best;
	}

	/**
	 * How similar an item is to a theme: the dot product of its unit-length
	 * embedding with the theme's mean, which is its mean cosine similarity to the
	 * theme's items. Unlike the cosine with the mean, it falls as a theme grows
	 * loose, so that one broad theme does not swallow its neighbours.
	 */
	static double similarity(float[] embedding, float[] centroid) {
		return Vectors.dot(embedding, centroid);
	}

	/** Each group's mean, or null for a group left empty. */
	private static List<float[]> means(List<float[]> embeddings, int[] groups, int count) {
		float[][] sums = new float[count][];
		for (int i = 0; i < groups.length; i++) {
			float[] embedding = embeddings.get(i);
			if (sums[groups[i]] == null) {
				sums[groups[i]] = new float[embedding.length];
			}
			float[] sum = sums[groups[i]];
			for (int d = 0; d < Math.min(sum.length, embedding.length); d++) {
				sum[d] += embedding[d];
			}
		}
		int[] sizes = new int[count];
		for (int group : groups) {
			sizes[group]++;
		}
		List<float[]> means = new ArrayList<>(count);
		for (int g = 0; g < count; g++) {
			float[] sum = sums[g];
			if (sum == null || Vectors.isZero(sum)) {
				means.add(null);
				continue;
			}
			for (int d = 0; d < sum.length; d++) {
				sum[d] /= sizes[g];
			}
			means.add(sum);
		}
		return means;
	}

	private static int[] renumbered(int[] groups) {
		int[] numbers = new int[groups.length + 1];
		java.util.Arrays.fill(numbers, -1);
		int next = 0;
		int[] renumbered = new int[groups.length];
		for (int i = 0; i < groups.length; i++) {
			if (numbers[groups[i]] < 0) {
				numbers[groups[i]] = next++;
			}
			renumbered[i] = numbers[groups[i]];
		}
		return renumbered;
	}
}
