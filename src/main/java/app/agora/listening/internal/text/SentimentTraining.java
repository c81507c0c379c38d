package app.agora.listening.internal.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Trains and cross-validates the sentiment model on sentences rated from very
 * negative to very positive (a TSV of {@code id, rating, text}, as VADER's
 * Amazon review snippets): the label is the sign of the rating, and sentences
 * rated within {@value #NEUTRAL_RATING} of 0 are left out of training and of
 * the two-class figure. Used by the listening bench, not by the application.
 */
public final class SentimentTraining {

	/** Ratings closer to 0 than this are neither positive nor negative. */
	public static final double NEUTRAL_RATING = 0.5;

	/**
	 * The L2 penalty of the shipped model, chosen by cross-validation (see
	 * docs/listening-text.md).
	 */
	public static final double PENALTY = 100;

	/** The neutral band of the shipped model's score. */
	public static final double NEUTRAL_BAND = 0.05;

	/**
	 * The same for texts without any word of the lexicon (see
	 * {@link SentimentWeights.NeutralBands}).
	 */
	public static final double NEUTRAL_BAND_WITHOUT_LEXICON = 0.3;

	/**
	 * One rated sentence.
	 *
	 * @param source
	 *            the review it comes from (the id before "_"): sentences of one
	 *            review are kept in one fold, so that cross-validation does not
	 *            learn a product's name from a sentence and meet it again in the
	 *            next
	 */
	public record Example(String source, String text, double rating) {

		boolean rated() {
			return Math.abs(rating) >= NEUTRAL_RATING;
		}
	}

	/**
	 * How a model did: macro-F1 over the rated sentences and over all three
	 * classes, and its accuracy.
	 */
	public record Scores(double macroF1, double macroF1ThreeClasses, double accuracy, double neutralShare) {
	}

	private final SentenceEmbeddings embeddings;

	private final LanguageDetector languages = new OpenNlpLanguageDetector();

	private final LexiconEmbeddingSentiment lexicon = new LexiconEmbeddingSentiment(
			new SentimentWeights(new double[0], new double[0], new double[0], 0,
					new SentimentWeights.NeutralBands(NEUTRAL_BAND, NEUTRAL_BAND), WordPolarity.NONE, "lexicon only"),
			languages);

	public SentimentTraining(SentenceEmbeddings embeddings) {
		this.embeddings = embeddings;
	}

	public static List<Example> read(Path tsv) throws IOException {
		List<Example> examples = new ArrayList<>();
		for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
			String[] fields = line.split("\t", 3);
			if (fields.length == 3 && !fields[2].isBlank()) {
				String id = fields[0];
				examples.add(new Example(id.contains("_") ? id.substring(0, id.indexOf('_')) : id, fields[2],
						Double.parseDouble(fields[1])));
			}
		}
		return examples;
	}

	/**
	 * The features of each example, embeddings computed once; the word-polarity
	 * column is filled in by each fit, from its own training sentences.
	 */
	public double[][] features(List<Example> examples) {
		List<float[]> vectors = embeddings.embed(examples.stream().map(Example::text).toList());
		double[][] features = new double[examples.size()][];
		for (int i = 0; i < features.length; i++) {
			features[i] = SentimentFeatures.of(lexicon.valence(examples.get(i).text()), 0, vectors.get(i));
		}
		return features;
	}

	/** The columns of the features without the embedding, as a baseline. */
	public static Function<double[], double[]> withoutEmbedding() {
		return features -> java.util.Arrays.copyOf(features, SentimentFeatures.LEADING);
	}

	/** The columns of the features without the word polarities, as a baseline. */
	public static Function<double[], double[]> withoutWordPolarity() {
		return features -> {
			double[] kept = features.clone();
			kept[SentimentFeatures.POLARITY] = 0;
			return kept;
		};
	}

	/**
	 * The lexicon alone, no training: its compound score with the given neutral
	 * band.
	 */
	public Scores lexiconOnly(List<Example> examples, double band) {
		List<SentimentLabel> predicted = examples.stream().map(e -> label(lexicon.valence(e.text()).compound(), band))
				.toList();
		return scores(examples, predicted);
	}

	/**
	 * {@code folds}-fold cross-validation, grouped by source (sources dealt to
	 * folds at random with the seed): each fold is predicted by a model trained on
	 * the others.
	 *
	 * @param columns
	 *            which features to use (all of them, the lexicon's or the
	 *            embedding's)
	 */
	public Scores crossValidate(List<Example> examples, double[][] features, Function<double[], double[]> columns,
			int folds, double penalty, double band, double bandWithoutLexicon, long seed) {
		SentimentWeights.NeutralBands bands = new SentimentWeights.NeutralBands(band, bandWithoutLexicon);
		List<String> sources = new ArrayList<>(
				new java.util.LinkedHashSet<>(examples.stream().map(Example::source).toList()));
		java.util.Collections.shuffle(sources, new Random(seed));
		java.util.Map<String, Integer> foldOfSource = new java.util.HashMap<>();
		for (int k = 0; k < sources.size(); k++) {
			foldOfSource.put(sources.get(k), k % folds);
		}
		int[] fold = new int[examples.size()];
		for (int i = 0; i < fold.length; i++) {
			fold[i] = foldOfSource.get(examples.get(i).source());
		}
		SentimentLabel[] predicted = new SentimentLabel[examples.size()];
		for (int f = 0; f < folds; f++) {
			List<Integer> training = new ArrayList<>();
			for (int i = 0; i < fold.length; i++) {
				if (fold[i] != f && examples.get(i).rated()) {
					training.add(i);
				}
			}
			SentimentWeights weights = fit(examples, features, training, columns, penalty, bands, seed, "fold " + f);
			for (int i = 0; i < fold.length; i++) {
				if (fold[i] == f) {
					double[] x = features[i].clone();
					x[SentimentFeatures.POLARITY] = weights.polarity().score(examples.get(i).text());
					Valence valence = lexicon.valence(examples.get(i).text());
					boolean english = LexiconEmbeddingSentiment.readsEnglish(languages.detect(examples.get(i).text()));
					double score = english ? weights.score(columns.apply(x)) : valence.compound();
					predicted[i] = weights.label(score, valence.hits() > 0);
				}
			}
		}
		return scores(examples, List.of(predicted));
	}

	/**
	 * Trains on all rated examples and writes the weights the application ships.
	 */
	public SentimentWeights train(List<Example> examples, double[][] features, Path out, String provenance)
			throws IOException {
		List<Integer> training = new ArrayList<>();
		for (int i = 0; i < features.length; i++) {
			if (examples.get(i).rated()) {
				training.add(i);
			}
		}
		SentimentWeights weights = fit(examples, features, training, Function.identity(), PENALTY,
				new SentimentWeights.NeutralBands(NEUTRAL_BAND, NEUTRAL_BAND_WITHOUT_LEXICON), 42, provenance);
		weights.write(out);
		return weights;
	}

	/**
	 * Fits the model to the given examples. The word polarities a training sentence
	 * gets come from a model that did not see it (five-fold cross-fitting), so that
	 * the regression learns how far to trust them on new text; the polarities
	 * shipped are learnt from all the examples.
	 */
	private static SentimentWeights fit(List<Example> examples, double[][] features, List<Integer> training,
			Function<double[], double[]> columns, double penalty, SentimentWeights.NeutralBands band, long seed,
			String provenance) {
		int inner = 5;
		boolean[] positive = new boolean[training.size()];
		List<String> texts = new ArrayList<>();
		for (int j = 0; j < training.size(); j++) {
			positive[j] = examples.get(training.get(j)).rating() > 0;
			texts.add(examples.get(training.get(j)).text());
		}
		List<Integer> shuffled = new ArrayList<>();
		for (int j = 0; j < training.size(); j++) {
			shuffled.add(j);
		}
		java.util.Collections.shuffle(shuffled, new Random(seed + 1));
		int[] part = new int[training.size()];
		for (int k = 0; k < shuffled.size(); k++) {
			part[shuffled.get(k)] = k % inner;
		}
		double[][] x = new double[training.size()][];
		for (int p = 0; p < inner; p++) {
			List<String> others = new ArrayList<>();
			List<Boolean> otherLabels = new ArrayList<>();
			for (int j = 0; j < part.length; j++) {
				if (part[j] != p) {
					others.add(texts.get(j));
					otherLabels.add(positive[j]);
				}
			}
			WordPolarity words = WordPolarity.train(others, booleans(otherLabels));
			for (int j = 0; j < part.length; j++) {
				if (part[j] == p) {
					x[j] = features[training.get(j)].clone();
					x[j][SentimentFeatures.POLARITY] = words.score(texts.get(j));
					x[j] = columns.apply(x[j]);
				}
			}
		}
		WordPolarity words = WordPolarity.train(texts, positive);
		return LogisticRegression.fit(x, positive, penalty, band, provenance).withPolarity(words);
	}

	private static boolean[] booleans(List<Boolean> values) {
		boolean[] array = new boolean[values.size()];
		for (int i = 0; i < array.length; i++) {
			array[i] = values.get(i);
		}
		return array;
	}

	private static SentimentLabel label(double score, double band) {
		return Math.abs(score) < band
				? SentimentLabel.NEUTRAL
				: score > 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
	}

	private static SentimentLabel truth(double rating) {
		return Math.abs(rating) < NEUTRAL_RATING
				? SentimentLabel.NEUTRAL
				: rating > 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
	}

	public static Scores scores(List<Example> examples, List<SentimentLabel> predicted) {
		int classes = SentimentLabel.values().length;
		int[][] confusion = new int[classes][classes];
		for (int i = 0; i < examples.size(); i++) {
			confusion[truth(examples.get(i).rating()).ordinal()][predicted.get(i).ordinal()]++;
		}
		int neg = SentimentLabel.NEGATIVE.ordinal();
		int neu = SentimentLabel.NEUTRAL.ordinal();
		int pos = SentimentLabel.POSITIVE.ordinal();
		// Two classes: only the rated sentences; a NEUTRAL verdict on one of them is a
		// miss.
		double twoClass = (f1(confusion, neg, new int[]{neg, pos}) + f1(confusion, pos, new int[]{neg, pos})) / 2;
		double threeClass = (f1(confusion, neg, new int[]{neg, neu, pos}) + f1(confusion, neu, new int[]{neg, neu, pos})
				+ f1(confusion, pos, new int[]{neg, neu, pos})) / 3;
		int rated = 0;
		int right = 0;
		int neutral = 0;
		for (int t : new int[]{neg, pos}) {
			for (int p = 0; p < classes; p++) {
				rated += confusion[t][p];
				neutral += p == neu ? confusion[t][p] : 0;
			}
			right += confusion[t][t];
		}
		return new Scores(twoClass, threeClass, (double) right / rated, (double) neutral / rated);
	}

	private static double f1(int[][] confusion, int label, int[] truths) {
		int truePositives = confusion[label][label];
		int falsePositives = 0;
		for (int t : truths) {
			falsePositives += t == label ? 0 : confusion[t][label];
		}
		int falseNegatives = 0;
		for (int p = 0; p < confusion.length; p++) {
			falseNegatives += p == label ? 0 : confusion[label][p];
		}
		int denominator = 2 * truePositives + falsePositives + falseNegatives;
		return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
	}
}
