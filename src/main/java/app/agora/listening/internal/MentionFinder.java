package app.agora.listening.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds names in a text, tolerant of case, accents and typos: a name (one or
 * more words) matches the same number of words in the text exactly, or, for
 * names of five letters or more, within one edit (two from nine letters on).
 * Names shorter than five letters must match exactly: one edit away, most short
 * words are other words.
 *
 * @param <K>
 *            what a name stands for (a product's name, a competitor's id)
 */
final class MentionFinder<K> {

	private static final LevenshteinDistance ONE = new LevenshteinDistance(1);
	private static final LevenshteinDistance TWO = new LevenshteinDistance(2);

	private final List<Entry<K>> entries = new ArrayList<>();

	/**
	 * @param names
	 *            every name and alias, each with what it stands for
	 */
	MentionFinder(Map<String, K> names) {
		names.forEach((name, key) -> {
			List<String> words = words(name);
			if (!words.isEmpty()) {
				entries.add(new Entry<>(String.join(" ", words), words.size(), key));
			}
		});
	}

	/** What the text names, in the order of the names given, each once. */
	Set<K> find(String text) {
		List<String> words = words(text);
		Set<K> found = new LinkedHashSet<>();
		for (Entry<K> entry : entries) {
			if (found.contains(entry.key())) {
				continue;
			}
			for (int i = 0; i + entry.length() <= words.size(); i++) {
				String window = String.join(" ", words.subList(i, i + entry.length()));
				if (matches(entry.name(), window)) {
					found.add(entry.key());
					break;
				}
			}
		}
		return found;
	}

	private static boolean matches(String name, String window) {
		if (name.equals(window)) {
			return true;
		}
		int letters = name.replace(" ", "").length();
		if (letters < 5 || Math.abs(name.length() - window.length()) > 2 || name.charAt(0) != window.charAt(0)) {
			return false;
		}
		return (letters >= 9 ? TWO : ONE).apply(name, window) >= 0;
	}

	/** Lower-case words without accents; punctuation separates words. */
	static List<String> words(String text) {
		if (text == null) {
			return List.of();
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
				.toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>();
		for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	private record Entry<K>(String name, int length, K key) {
	}
}
