package app.agora.listening.internal.text.bench;

import app.agora.listening.internal.text.LanguageDetector;
import app.agora.listening.internal.text.SentenceEmbeddings;
import app.agora.listening.internal.text.SentimentLabel;
import app.agora.listening.internal.text.SentimentModel;
import app.agora.listening.internal.text.SentimentTraining;
import app.agora.listening.internal.text.SentimentTraining.Example;
import app.agora.listening.internal.text.SentimentTraining.Scores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the shipped sentiment model, untouched, on labelled sentences it was
 * not trained on: a file of {@code label<TAB>source<TAB>text} lines, label 1
 * positive and 0 negative (the shape tools/feedback-encoder/heldout.sh writes
 * for the UCI "Sentiment Labelled Sentences": Amazon, IMDb and Yelp, 1,000
 * each, into target/feedback-encoder/heldout.tsv, the default). Macro-F1 over
 * the two classes, a neutral verdict counting as a miss, as the cross-validated
 * figure does; per source, then all together on the last line.
 */
final class HeldOutSentimentBench {

	private final SentenceEmbeddings embeddings;

	private final SentimentModel sentiment;

	private final LanguageDetector language;

	private final Path file;

	HeldOutSentimentBench(SentenceEmbeddings embeddings, SentimentModel sentiment, LanguageDetector language,
			Path file) {
		this.embeddings = embeddings;
		this.sentiment = sentiment;
		this.language = language;
		this.file = file;
	}

	void run() throws IOException {
		List<Example> examples = read(file);
		List<float[]> vectors = embeddings.embed(examples.stream().map(Example::text).toList());
		List<SentimentLabel> predicted = new ArrayList<>();
		for (int i = 0; i < examples.size(); i++) {
			String text = examples.get(i).text();
			predicted.add(sentiment.of(text, vectors.get(i), language.detect(text)).label());
		}
		Map<String, List<Integer>> bySource = new TreeMap<>();
		for (int i = 0; i < examples.size(); i++) {
			bySource.computeIfAbsent(examples.get(i).source(), s -> new ArrayList<>()).add(i);
		}
		bySource.forEach((source, rows) -> {
			Scores scores = SentimentTraining.scores(rows.stream().map(examples::get).toList(),
					rows.stream().map(predicted::get).toList());
			System.out.printf(Locale.ROOT, "%-10s %5d sentences  macro-F1 %.3f  accuracy %.3f  neutral %.3f%n", source,
					rows.size(), scores.macroF1(), scores.accuracy(), scores.neutralShare());
		});
		Scores all = SentimentTraining.scores(examples, predicted);
		System.out.printf(Locale.ROOT,
				"heldout_macro_f1=%.3f accuracy=%.3f neutral_share=%.3f sentences=%d sources=%d%n", all.macroF1(),
				all.accuracy(), all.neutralShare(), examples.size(), bySource.size());
	}

	private static List<Example> read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IOException(file + " is missing: tools/feedback-encoder/heldout.sh writes it");
		}
		List<Example> examples = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] fields = line.split("\t", 3);
			if (fields.length == 3 && (fields[0].equals("0") || fields[0].equals("1"))) {
				examples.add(new Example(fields[1], fields[2], fields[0].equals("1") ? 1 : -1));
			}
		}
		if (examples.isEmpty()) {
			throw new IOException(file + " holds no label<TAB>source<TAB>text line with label 0 or 1");
		}
		return examples;
	}
}
