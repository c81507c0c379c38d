package app.agora.listening.internal.text.bench;

import app.agora.listening.internal.text.LanguageDetector;
import app.agora.listening.internal.text.SentenceEmbeddings;
import app.agora.listening.internal.text.SentimentModel;
import app.agora.listening.internal.text.TextConfiguration;
import app.agora.listening.internal.text.ThemeGrouping;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The listening text engine's figures (docs/BENCHMARKS.md), from the command
 * line, without Spring: {@code sentiment} (5-fold cross-validated macro-F1 on
 * rated review sentences; {@code --train} writes the shipped weights),
 * {@code heldout} (the shipped sentiment model on labelled sentences it was not
 * trained on), {@code themes} (normalised mutual information of the themes
 * found against BANKING77's categories, online and batch, with sample names)
 * and {@code tagging} (items tagged per second). Each prints its figures on its
 * last line. Run through {@code bench/listening.sh}.
 */
public final class ListeningBench {

	private ListeningBench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			System.err.println("usage: ListeningBench sentiment|heldout|themes|tagging [--data DIR] [options]");
			System.exit(2);
		}
		Map<String, String> options = options(args);
		Path data = Path.of(options.getOrDefault("data", "../shared/data/feedback"));
		TextConfiguration engine = new TextConfiguration();
		int threads = Integer
				.parseInt(options.getOrDefault("threads", String.valueOf(TextConfiguration.defaultThreads())));
		SentenceEmbeddings embeddings = engine.sentenceEmbeddings(threads);
		switch (args[0]) {
			case "sentiment" ->
				new SentimentBench(embeddings, data.resolve("amazon-review-snippets.tsv"), options).run();
			case "themes" -> {
				double similarity = Double.parseDouble(
						options.getOrDefault("similarity", String.valueOf(TextConfiguration.THEME_SIMILARITY)));
				ThemeGrouping grouping = engine.themeGrouping(similarity);
				new ThemesBench(embeddings, grouping, data.resolve("banking77-train.csv"), options).run();
			}
			case "heldout" -> {
				LanguageDetector language = engine.languageDetector();
				new HeldOutSentimentBench(embeddings, engine.sentimentModel(language), language,
						Path.of(options.getOrDefault("file", "target/feedback-encoder/heldout.tsv"))).run();
			}
			case "tagging" -> {
				LanguageDetector language = engine.languageDetector();
				SentimentModel sentiment = engine.sentimentModel(language);
				ThemeGrouping grouping = engine.themeGrouping(TextConfiguration.THEME_SIMILARITY);
				new TaggingBench(embeddings, sentiment, language, grouping, data.resolve("banking77-train.csv"),
						threads, options).run();
			}
			default -> {
				System.err.println("unknown: " + args[0]);
				System.exit(2);
			}
		}
		System.exit(0);
	}

	/** {@code --name value} pairs, and {@code --flag} alone as "true". */
	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			if (args[i].startsWith("--")) {
				String name = args[i].substring(2);
				boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
				options.put(name, hasValue ? args[++i] : "true");
			}
		}
		return options;
	}
}
