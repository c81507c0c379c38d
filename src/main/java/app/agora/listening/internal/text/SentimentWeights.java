package app.agora.listening.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A trained logistic regression over {@link SentimentFeatures}: features are
 * standardised with the training set's mean and scale, then weighed; the score
 * is {@code 2 p - 1} where {@code p} is the probability that the text is
 * positive, and texts whose score lies within the {@link NeutralBands} of 0 are
 * neutral. Stored as a small text file so that a retrained model reads well in
 * a diff.
 */
record SentimentWeights(double[] mean, double[] scale, double[] weights, double bias, NeutralBands neutral,
		WordPolarity polarity, String provenance) {

	/**
	 * How far from 0 a score must be to be positive or negative: further when the
	 * text holds no word of the sentiment lexicon, since the regression, trained on
	 * reviews, then reads plain questions and statements as faintly negative.
	 */
	record NeutralBands(double withLexicon, double withoutLexicon) {
	}

	SentimentWeights withPolarity(WordPolarity words) {
		return new SentimentWeights(mean, scale, weights, bias, neutral, words, provenance);
	}

	double score(double[] features) {
		double z = bias;
		for (int i = 0; i < weights.length; i++) {
			z += weights[i] * (features[i] - mean[i]) / scale[i];
		}
		return 2 / (1 + Math.exp(-z)) - 1;
	}

	SentimentLabel label(double score, boolean lexiconWords) {
		double band = lexiconWords ? neutral.withLexicon() : neutral.withoutLexicon();
		return Math.abs(score) < band
				? SentimentLabel.NEUTRAL
				: score > 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
	}

	void write(Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("# Agora listening sentiment model: logistic regression over " + SentimentFeatures.DESCRIPTION);
		lines.add("# " + provenance);
		lines.add("features=" + weights.length);
		lines.add("neutral_band=" + neutral.withLexicon());
		lines.add("neutral_band_without_lexicon=" + neutral.withoutLexicon());
		lines.add("bias=" + bias);
		lines.add("mean=" + joined(mean));
		lines.add("scale=" + joined(scale));
		lines.add("weights=" + joined(weights));
		lines.add("# word polarities (log-count ratios), phrase<TAB>ratio:");
		polarity.ratios().entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(e -> lines.add(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue())));
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

	static SentimentWeights read(InputStream in) {
		Map<String, String> fields = new HashMap<>();
		Map<String, Double> ratios = new HashMap<>();
		String provenance = "";
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("# ")) {
					provenance = fields.isEmpty() ? line.substring(2) : provenance;
				} else if (line.contains("\t")) {
					int tab = line.lastIndexOf('\t');
					ratios.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
				} else if (line.contains("=")) {
					fields.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new SentimentWeights(numbers(fields.get("mean")), numbers(fields.get("scale")),
				numbers(fields.get("weights")), Double.parseDouble(fields.get("bias")),
				new NeutralBands(Double.parseDouble(fields.get("neutral_band")),
						Double.parseDouble(
								fields.getOrDefault("neutral_band_without_lexicon", fields.get("neutral_band")))),
				new WordPolarity(Map.copyOf(ratios)), provenance);
	}

	private static String joined(double[] values) {
		return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.6g", v))
				.collect(Collectors.joining(","));
	}

	private static double[] numbers(String joined) {
		return Arrays.stream(joined.split(",")).mapToDouble(Double::parseDouble).toArray();
	}
}
