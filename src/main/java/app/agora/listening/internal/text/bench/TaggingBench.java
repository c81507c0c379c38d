package app.agora.listening.internal.text.bench;

import app.agora.listening.internal.text.LanguageDetector;
import app.agora.listening.internal.text.SentenceEmbeddings;
import app.agora.listening.internal.text.SentimentModel;
import app.agora.listening.internal.text.ThemeGrouping;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Items tagged per second: BANKING77's queries in batches ({@code --batch},
 * 1,024), each batch embedded at once, then each item's language, its sentiment
 * (given the language) and its theme (the nearest of the themes found so far in
 * the pass, or a new one, as {@link OnlineThemes} keeps them). Not counted: the
 * database writes of the application's tagging worker (its own figure,
 * {@code bench/listening.sh pipeline}). A warm-up pass over the first
 * {@code --warmup} queries (1,000) loads the models and lets the JIT compile
 * first; then {@code --repeat} (3) timed passes over all queries, of which the
 * median counts (the best is printed too).
 */
final class TaggingBench {

	private final SentenceEmbeddings embeddings;

	private final SentimentModel sentiment;

	private final LanguageDetector language;

	private final ThemeGrouping grouping;

	private final Path csv;

	private final int threads;

	private final Map<String, String> options;

	TaggingBench(SentenceEmbeddings embeddings, SentimentModel sentiment, LanguageDetector language,
			ThemeGrouping grouping, Path csv, int threads, Map<String, String> options) {
		this.embeddings = embeddings;
		this.sentiment = sentiment;
		this.language = language;
		this.grouping = grouping;
		this.csv = csv;
		this.threads = threads;
		this.options = options;
	}

	void run() throws Exception {
		List<String> texts = Banking77.read(csv).texts();
		int batch = Integer.parseInt(options.getOrDefault("batch", "1024"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "1000"));
		long loading = System.nanoTime();
		tag(texts.subList(0, Math.min(warmup, texts.size())), batch, new long[4], new HashMap<>());
		System.out.printf(Locale.ROOT, "models loaded and warmed up in %.1f s%n", (System.nanoTime() - loading) / 1e9);
		int repeats = Integer.parseInt(options.getOrDefault("repeat", "3"));
		long[] nanos = new long[4];
		Map<String, Integer> languages = new HashMap<>();
		double[] passes = new double[repeats];
		for (int r = 0; r < repeats; r++) {
			long[] passNanos = new long[4];
			languages.clear();
			long started = System.nanoTime();
			tag(texts, batch, passNanos, languages);
			passes[r] = (System.nanoTime() - started) / 1e9;
			System.out.printf(Locale.ROOT, "pass %d: %.0f items/s%n", r + 1, texts.size() / passes[r]);
			if (r == 0 || passes[r] < java.util.Arrays.stream(passes, 0, r).min().orElseThrow()) {
				System.arraycopy(passNanos, 0, nanos, 0, 4);
			}
		}
		double[] sorted = passes.clone();
		java.util.Arrays.sort(sorted);
		double seconds = sorted[repeats / 2];
		System.out.println("languages: " + languages + ", sentiments: " + sentiments + ", themes: " + themes);
		System.out.printf(Locale.ROOT,
				"items_per_s=%.0f best_items_per_s=%.0f items=%d passes=%d batch=%d threads=%d embed_s=%.2f sentiment_s=%.2f "
						+ "language_s=%.2f theme_s=%.2f%n",
				texts.size() / seconds, texts.size() / sorted[0], texts.size(), repeats, batch, threads, nanos[0] / 1e9,
				nanos[1] / 1e9, nanos[2] / 1e9, nanos[3] / 1e9);
	}

	private final Map<String, Integer> sentiments = new java.util.TreeMap<>();

	private int themes;

	private void tag(List<String> texts, int batch, long[] nanos, Map<String, Integer> languages) {
		sentiments.clear();
		OnlineThemes placed = new OnlineThemes(grouping);
		for (int from = 0; from < texts.size(); from += batch) {
			List<String> slice = texts.subList(from, Math.min(texts.size(), from + batch));
			long t0 = System.nanoTime();
			List<float[]> vectors = embeddings.embed(slice);
			long t1 = System.nanoTime();
			String[] detected = new String[slice.size()];
			for (int i = 0; i < slice.size(); i++) {
				detected[i] = language.detect(slice.get(i));
				languages.merge(detected[i], 1, Integer::sum);
			}
			long t2 = System.nanoTime();
			for (int i = 0; i < slice.size(); i++) {
				sentiments.merge(sentiment.of(slice.get(i), vectors.get(i), detected[i]).label().name(), 1,
						Integer::sum);
			}
			long t3 = System.nanoTime();
			for (float[] vector : vectors) {
				placed.place(vector);
			}
			long t4 = System.nanoTime();
			nanos[0] += t1 - t0;
			nanos[2] += t2 - t1;
			nanos[1] += t3 - t2;
			nanos[3] += t4 - t3;
		}
		themes = placed.count();
	}
}
