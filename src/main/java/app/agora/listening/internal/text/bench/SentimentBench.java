package app.agora.listening.internal.text.bench;

import app.agora.listening.internal.text.SentenceEmbeddings;
import app.agora.listening.internal.text.SentimentTraining;
import app.agora.listening.internal.text.SentimentTraining.Example;
import app.agora.listening.internal.text.SentimentTraining.Scores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Cross-validates the sentiment model on rated review sentences (VADER's Amazon
 * review snippets), next to the lexicon alone and the embedding alone, and with
 * {@code --train} writes the weights the application ships ({@code --out}, by
 * default under src/main/resources/listening).
 */
final class SentimentBench {

	private static final int FOLDS = 5;

	private static final long SEED = 42;

	private final SentenceEmbeddings embeddings;

	private final Path tsv;

	private final Map<String, String> options;

	SentimentBench(SentenceEmbeddings embeddings, Path tsv, Map<String, String> options) {
		this.embeddings = embeddings;
		this.tsv = tsv;
		this.options = options;
	}

	void run() throws Exception {
		List<Example> examples = SentimentTraining.read(tsv);
		SentimentTraining training = new SentimentTraining(embeddings);
		double[][] features = training.features(examples);
		long rated = examples.stream().filter(e -> Math.abs(e.rating()) >= SentimentTraining.NEUTRAL_RATING).count();
		System.out.printf(Locale.ROOT, "%d sentences, %d rated (|rating| >= %.1f)%n", examples.size(), rated,
				SentimentTraining.NEUTRAL_RATING);
		double band = Double.parseDouble(options.getOrDefault("band", String.valueOf(SentimentTraining.NEUTRAL_BAND)));
		double unlexical = Double.parseDouble(options.getOrDefault("band-without-lexicon",
				String.valueOf(SentimentTraining.NEUTRAL_BAND_WITHOUT_LEXICON)));
		double penalty = Double.parseDouble(options.getOrDefault("penalty", String.valueOf(SentimentTraining.PENALTY)));
		print("lexicon only (VADER rules, no training)", training.lexiconOnly(examples, band));
		print("lexicon + words (no embedding)", training.crossValidate(examples, features,
				SentimentTraining.withoutEmbedding(), FOLDS, penalty, band, unlexical, SEED));
		if (options.containsKey("grid")) {
			for (double p : new double[]{1, 10, 30, 100, 300, 1000}) {
				print("lexicon + embedding, penalty " + p, training.crossValidate(examples, features,
						SentimentTraining.withoutWordPolarity(), FOLDS, p, band, unlexical, SEED));
				print("lexicon + words + embedding, penalty " + p, training.crossValidate(examples, features,
						Function.identity(), FOLDS, p, band, unlexical, SEED));
			}
			for (double b : new double[]{0, 0.05, 0.1, 0.2, 0.3}) {
				for (double u : new double[]{b, 0.3, 0.5, 0.7}) {
					if (u >= b) {
						print("lexicon + words + embedding, bands " + b + " / " + u, training.crossValidate(examples,
								features, Function.identity(), FOLDS, penalty, b, u, SEED));
					}
				}
			}
		}
		Scores chosen = training.crossValidate(examples, features, Function.identity(), FOLDS, penalty, band, unlexical,
				SEED);
		print("lexicon + words + embedding (shipped), penalty " + penalty + ", bands " + band + " / " + unlexical,
				chosen);
		if (options.containsKey("train")) {
			Path out = Path.of(options.getOrDefault("out", "src/main/resources/listening/sentiment-model.txt"));
			training.train(examples, features, out,
					String.format(Locale.ROOT,
							"trained %s on %s: %d rated sentences, penalty %s; 5-fold CV macro-F1 %.3f",
							LocalDate.now(), tsv.getFileName(), rated, penalty, chosen.macroF1()));
			System.out.println("wrote " + out);
		}
		Scores lexicon = training.lexiconOnly(examples, band);
		System.out.printf(Locale.ROOT,
				"macro_f1=%.3f folds=%d macro_f1_3class=%.3f accuracy=%.3f neutral_share=%.3f lexicon_only_macro_f1=%.3f "
						+ "rated=%d sentences=%d penalty=%s band=%s band_without_lexicon=%s%n",
				chosen.macroF1(), FOLDS, chosen.macroF1ThreeClasses(), chosen.accuracy(), chosen.neutralShare(),
				lexicon.macroF1(), rated, examples.size(), penalty, band, unlexical);
	}

	private static void print(String what, Scores scores) {
		System.out.printf(Locale.ROOT, "%-55s macro-F1 %.3f  3-class %.3f  accuracy %.3f  neutral %.3f%n", what,
				scores.macroF1(), scores.macroF1ThreeClasses(), scores.accuracy(), scores.neutralShare());
	}
}
