package app.agora.listening.internal.text;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much more often each word and two-word phrase occurs in positive than in
 * negative training sentences (naive Bayes log-count ratios, smoothed), and a
 * text's mean ratio over the phrases it holds: what the training sentences
 * teach beyond the lexicon ("returned it", "stopped working"). Phrases seen
 * fewer than {@value #MIN_COUNT} times are dropped. Immutable; thread-safe.
 */
final class WordPolarity {

	static final int MIN_COUNT = 3;

	private static final double SMOOTHING = 1;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*|[!?]");

	static final WordPolarity NONE = new WordPolarity(Map.of());

	private final Map<String, Double> ratios;

	WordPolarity(Map<String, Double> ratios) {
		this.ratios = ratios;
	}

	static WordPolarity train(List<String> texts, boolean[] positive) {
		Map<String, int[]> counts = new HashMap<>();
		for (int i = 0; i < texts.size(); i++) {
			int side = positive[i] ? 0 : 1;
			for (String phrase : phrases(texts.get(i))) {
				counts.computeIfAbsent(phrase, p -> new int[2])[side]++;
			}
		}
		counts.values().removeIf(count -> count[0] + count[1] < MIN_COUNT);
		double positiveTotal = 0;
		double negativeTotal = 0;
		for (int[] count : counts.values()) {
			positiveTotal += count[0] + SMOOTHING;
			negativeTotal += count[1] + SMOOTHING;
		}
		Map<String, Double> ratios = new HashMap<>();
		for (Map.Entry<String, int[]> entry : counts.entrySet()) {
			int[] count = entry.getValue();
			ratios.put(entry.getKey(), Math.log((count[0] + SMOOTHING) / positiveTotal)
					- Math.log((count[1] + SMOOTHING) / negativeTotal));
		}
		return new WordPolarity(Map.copyOf(ratios));
	}

	/** The mean ratio of the text's known phrases; 0 when it holds none. */
	double score(String text) {
		double sum = 0;
		int known = 0;
		for (String phrase : phrases(text)) {
			Double ratio = ratios.get(phrase);
			if (ratio != null) {
				sum += ratio;
				known++;
			}
		}
		return known == 0 ? 0 : sum / Math.sqrt(known);
	}

	Map<String, Double> ratios() {
		return ratios;
	}

	/**
	 * The text's lower-case words (and "!", "?") and pairs of neighbouring words.
	 */
	static Set<String> phrases(String text) {
		Set<String> phrases = new LinkedHashSet<>();
		Matcher matcher = WORD.matcher(TextInput.clean(text).toLowerCase(Locale.ROOT).replace('’', '\''));
		String previous = null;
		while (matcher.find()) {
			String word = matcher.group();
			phrases.add(word);
			if (previous != null) {
				phrases.add(previous + " " + word);
			}
			previous = word;
		}
		return phrases;
	}
}
