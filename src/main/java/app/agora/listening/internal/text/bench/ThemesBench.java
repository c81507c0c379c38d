package app.agora.listening.internal.text.bench;

import app.agora.listening.internal.text.SentenceEmbeddings;
import app.agora.listening.internal.text.ThemeGrouping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Themes found in BANKING77 without its labels, scored against them. The
 * queries arrive in a shuffled order (the file is sorted by category), and the
 * online grouping is the application's: each query joins the nearest theme
 * ({@link ThemeGrouping#nearest}, whose centroid then moves,
 * {@link ThemeGrouping#joined}) or starts one. The batch grouping
 * ({@link ThemeGrouping#group}) sees them all at once. Prints the names of the
 * largest online themes beside their most common category.
 */
final class ThemesBench {

	private final SentenceEmbeddings embeddings;

	private final ThemeGrouping grouping;

	private final Path csv;

	private final Map<String, String> options;

	ThemesBench(SentenceEmbeddings embeddings, ThemeGrouping grouping, Path csv, Map<String, String> options) {
		this.embeddings = embeddings;
		this.grouping = grouping;
		this.csv = csv;
		this.options = options;
	}

	void run() throws Exception {
		Banking77 data = Banking77.read(csv);
		long seed = Long.parseLong(options.getOrDefault("seed", "42"));
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < data.texts().size(); i++) {
			order.add(i);
		}
		Collections.shuffle(order, new Random(seed));
		List<String> texts = order.stream().map(data.texts()::get).toList();
		List<String> categories = order.stream().map(data.categories()::get).toList();
		long started = System.nanoTime();
		List<float[]> vectors = embeddings.embed(texts);
		System.out.printf(Locale.ROOT, "embedded %d queries in %.1f s%n", texts.size(),
				(System.nanoTime() - started) / 1e9);

		started = System.nanoTime();
		int[] online = online(vectors);
		double onlineSeconds = (System.nanoTime() - started) / 1e9;
		double nmiOnline = MutualInformation.normalised(online, categories);
		started = System.nanoTime();
		int[] batch = grouping.group(vectors);
		double batchSeconds = (System.nanoTime() - started) / 1e9;
		double nmiBatch = MutualInformation.normalised(batch, categories);
		printNames(online, texts, categories, Integer.parseInt(options.getOrDefault("names", "15")));
		printCoherence(vectors, categories, new Random(seed));
		System.out.printf(Locale.ROOT,
				"nmi_online=%.3f nmi_batch=%.3f themes_online=%d themes_batch=%d categories=%d items=%d "
						+ "online_s=%.1f batch_s=%.1f seed=%d%n",
				nmiOnline, nmiBatch, count(online), count(batch), new java.util.HashSet<>(categories).size(),
				texts.size(), onlineSeconds, batchSeconds, seed);
	}

	/**
	 * The application's way: one item after the other, nearest theme or a new one.
	 */
	private int[] online(List<float[]> vectors) {
		OnlineThemes themes = new OnlineThemes(grouping);
		int[] assigned = new int[vectors.size()];
		for (int i = 0; i < vectors.size(); i++) {
			assigned[i] = themes.place(vectors.get(i));
		}
		return assigned;
	}

	private void printNames(int[] groups, List<String> texts, List<String> categories, int shown) {
		Map<Integer, List<Integer>> members = new HashMap<>();
		for (int i = 0; i < groups.length; i++) {
			members.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(i);
		}
		List<List<Integer>> largest = members.values().stream()
				.sorted(Comparator.comparingInt((List<Integer> m) -> -m.size())).toList();
		List<List<String>> textsOfGroups = largest.stream().map(m -> m.stream().map(texts::get).toList()).toList();
		List<String> names = grouping.names(textsOfGroups);
		long singletons = largest.stream().filter(m -> m.size() == 1).count();
		System.out.printf(Locale.ROOT, "online themes: %d, of which %d hold one query; the largest %d:%n",
				largest.size(), singletons, shown);
		for (int g = 0; g < Math.min(shown, largest.size()); g++) {
			Map<String, Long> byCategory = largest.get(g).stream()
					.collect(Collectors.groupingBy(categories::get, Collectors.counting()));
			Map.Entry<String, Long> top = Collections.max(byCategory.entrySet(), Map.Entry.comparingByValue());
			System.out.printf(Locale.ROOT, "  %4d queries  %-45s  (%s %.0f %%)%n", largest.get(g).size(),
					"\"" + names.get(g) + "\"", top.getKey(), 100.0 * top.getValue() / largest.get(g).size());
		}
	}

	/**
	 * What a signal rule's coherence (|Σ u| / n of the items' unit vectors) reads
	 * for ten queries of one intent and for ten queries drawn at random: where the
	 * rules' defaults belong for this embedding model.
	 */
	private static void printCoherence(List<float[]> vectors, List<String> categories, Random random) {
		Map<String, List<Integer>> byCategory = new HashMap<>();
		for (int i = 0; i < categories.size(); i++) {
			byCategory.computeIfAbsent(categories.get(i), c -> new ArrayList<>()).add(i);
		}
		List<List<Integer>> intents = new ArrayList<>(byCategory.values());
		int size = 10;
		int samples = 400;
		double[] sameIntent = new double[samples];
		double[] anyQueries = new double[samples];
		for (int s = 0; s < samples; s++) {
			List<Integer> intent = new ArrayList<>(intents.get(random.nextInt(intents.size())));
			Collections.shuffle(intent, random);
			sameIntent[s] = coherence(vectors, intent.subList(0, size));
			List<Integer> any = new ArrayList<>();
			for (int k = 0; k < size; k++) {
				any.add(random.nextInt(vectors.size()));
			}
			anyQueries[s] = coherence(vectors, any);
		}
		java.util.Arrays.sort(sameIntent);
		java.util.Arrays.sort(anyQueries);
		System.out.printf(Locale.ROOT,
				"coherence of %d queries: one intent p10=%.2f p50=%.2f; drawn at random p50=%.2f p90=%.2f%n", size,
				sameIntent[samples / 10], sameIntent[samples / 2], anyQueries[samples / 2],
				anyQueries[samples * 9 / 10]);
	}

	private static double coherence(List<float[]> vectors, List<Integer> items) {
		double[] sum = new double[vectors.getFirst().length];
		for (int i : items) {
			float[] v = vectors.get(i);
			for (int d = 0; d < sum.length; d++) {
				sum[d] += v[d];
			}
		}
		double norm = 0;
		for (double x : sum) {
			norm += x * x;
		}
		return Math.sqrt(norm) / items.size();
	}

	private static int count(int[] groups) {
		return (int) java.util.Arrays.stream(groups).distinct().count();
	}
}
