package app.agora.listening.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * VADER's rules (Hutto and Gilbert, 2014) over a {@link ValenceLexicon}: each
 * known word counts with its valence, turned up by intensifiers ("very"), down
 * by dampeners ("slightly"), flipped by a negation among the three words before
 * it ("not", "ne ... pas", counted once), emphasised in capitals amid
 * lower-case text, halved before "but" and raised after it, and the sum grows
 * with exclamation marks. French elisions ("n'", "l'", "j'") are split off
 * first. Stateless and thread-safe.
 * <p>
 * Bad input: empty, blank or binary text scores {@link Valence#NONE}; an
 * enormous text is read from its beginning ({@link TextInput#MAX_CHARS}).
 */
final class ValenceScorer {

	private static final double CAPITALS = 0.733;

	private static final double NEGATION = -0.74;

	private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~…«»“”’";

	private final ValenceLexicon lexicon;

	ValenceScorer(ValenceLexicon lexicon) {
		this.lexicon = lexicon;
	}

	Valence score(String rawText) {
		String text = TextInput.clean(rawText);
		List<String> words = words(text);
		if (words.isEmpty()) {
			return Valence.NONE;
		}
		boolean capitalsStandOut = capitalsStandOut(words);
		double[] valences = new double[words.size()];
		int hits = 0;
		for (int i = 0; i < words.size(); i++) {
			Double known = lexicon.valence(lower(words.get(i)));
			if (known != null && !ValenceLexicon.BOOSTERS.containsKey(lower(words.get(i)))) {
				valences[i] = valence(words, i, known, capitalsStandOut);
				hits++;
			}
		}
		butCheck(words, valences);
		return summed(valences, text, hits);
	}

	private double valence(List<String> words, int i, double known, boolean capitalsStandOut) {
		String word = words.get(i);
		double valence = known;
		if (lower(word).equals("no") && i + 1 < words.size() && lexicon.contains(lower(words.get(i + 1)))) {
			valence = 0;
		}
		if (capitalsStandOut && isUpperCase(word)) {
			valence += valence > 0 ? CAPITALS : -CAPITALS;
		}
		boolean negated = false;
		for (int back = 1; back <= 3 && i - back >= 0; back++) {
			String before = lower(words.get(i - back));
			if (lexicon.contains(before) && !ValenceLexicon.BOOSTERS.containsKey(before)) {
				continue;
			}
			double boost = boost(words.get(i - back), valence, capitalsStandOut);
			valence += back == 1 ? boost : back == 2 ? boost * 0.95 : boost * 0.9;
			if (!negated && (ValenceLexicon.isNegation(before) || (before.equals("no") && back <= 2))) {
				negated = true;
			}
		}
		if (negated && !withoutDoubt(words, i)) {
			valence *= NEGATION;
		}
		if (i > 0 && lower(words.get(i - 1)).equals("least")
				&& !(i > 1 && (lower(words.get(i - 2)).equals("at") || lower(words.get(i - 2)).equals("very")))) {
			valence *= NEGATION;
		}
		return valence;
	}

	private static boolean withoutDoubt(List<String> words, int i) {
		return i > 0 && lower(words.get(i - 1)).equals("doubt") || i > 1 && lower(words.get(i - 2)).equals("doubt");
	}

	private static double boost(String word, double valence, boolean capitalsStandOut) {
		Double scalar = ValenceLexicon.BOOSTERS.get(lower(word));
		if (scalar == null) {
			return 0;
		}
		double boost = valence < 0 ? -scalar : scalar;
		if (capitalsStandOut && isUpperCase(word)) {
			boost += valence > 0 ? CAPITALS : -CAPITALS;
		}
		return boost;
	}

	private static void butCheck(List<String> words, double[] valences) {
		for (int b = 0; b < words.size(); b++) {
			if (ValenceLexicon.BUT.contains(lower(words.get(b)))) {
				for (int i = 0; i < valences.length; i++) {
					valences[i] *= i < b ? 0.5 : i > b ? 1.5 : 1;
				}
				return;
			}
		}
	}

	private static Valence summed(double[] valences, String text, int hits) {
		if (hits == 0) {
			return Valence.NONE;
		}
		double sum = 0;
		double positive = 0;
		double negative = 0;
		int neutral = 0;
		for (double valence : valences) {
			sum += valence;
			if (valence > 0) {
				positive += valence + 1;
			} else if (valence < 0) {
				negative += valence - 1;
			} else {
				neutral++;
			}
		}
		double emphasis = emphasis(text);
		sum += sum > 0 ? emphasis : sum < 0 ? -emphasis : 0;
		if (positive > -negative) {
			positive += emphasis;
		} else if (positive < -negative) {
			negative -= emphasis;
		}
		double total = positive - negative + neutral;
		double compound = sum / Math.sqrt(sum * sum + 15);
		return new Valence(Math.max(-1, Math.min(1, compound)), total == 0 ? 0 : positive / total,
				total == 0 ? 0 : Math.abs(negative) / total, hits);
	}

	private static double emphasis(String text) {
		long exclamations = Math.min(4, text.chars().filter(c -> c == '!').count());
		long questions = text.chars().filter(c -> c == '?').count();
		double questionEmphasis = questions > 1 ? (questions <= 3 ? questions * 0.18 : 0.96) : 0;
		return exclamations * 0.292 + questionEmphasis;
	}

	/**
	 * The text's words: split at white space, punctuation stripped from their ends
	 * unless that leaves one or two characters (so emoticons stay), French elisions
	 * split off, one-character words left out.
	 */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String token : text.replace('’', '\'').split("\\s+")) {
			String stripped = strip(token);
			String word = stripped.length() <= 2 ? token : stripped;
			int apostrophe = word.indexOf('\'');
			if (apostrophe > 0 && apostrophe <= 2 && word.length() > apostrophe + 2 && isElision(word, apostrophe)) {
				String article = lower(word.substring(0, apostrophe));
				if (article.equals("n")) {
					words.add("ne");
				}
				word = word.substring(apostrophe + 1);
			}
			if (word.length() > 1) {
				words.add(word);
			}
		}
		return words;
	}

	private static boolean isElision(String word, int apostrophe) {
		String article = lower(word.substring(0, apostrophe));
		return switch (article) {
			case "l", "d", "j", "n", "qu", "c", "s", "m", "t" ->
				!lower(word).endsWith("'t") && !lower(word).equals("n't");
			default -> false;
		};
	}

	private static String strip(String token) {
		int from = 0;
		int to = token.length();
		while (from < to && PUNCTUATION.indexOf(token.charAt(from)) >= 0) {
			from++;
		}
		while (to > from && PUNCTUATION.indexOf(token.charAt(to - 1)) >= 0) {
			to--;
		}
		return token.substring(from, to);
	}

	private static boolean capitalsStandOut(List<String> words) {
		long upper = words.stream().filter(ValenceScorer::isUpperCase).count();
		return upper > 0 && upper < words.size();
	}

	private static boolean isUpperCase(String word) {
		boolean letters = false;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			letters |= Character.isUpperCase(c);
		}
		return letters;
	}

	private static String lower(String word) {
		return word.toLowerCase(Locale.ROOT);
	}
}
