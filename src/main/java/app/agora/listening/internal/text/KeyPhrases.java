package app.agora.listening.internal.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * Names groups of texts by their key phrases: the words and two-word phrases
 * that many of a group's texts use and few of the other groups' do (class-based
 * TF-IDF, as BERTopic names its topics). English and French stop words (the
 * Snowball lists shipped with Lucene) never make a phrase, so a name is written
 * in the words of the group's own texts, in their language.
 * <p>
 * Bad input: a group with no usable word is named "" ; enormous texts are read
 * from their beginning. Stateless and thread-safe once made.
 */
final class KeyPhrases {

	/** At most this many phrases make a name. */
	static final int PHRASES = 3;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

	/** Words that Snowball's lists keep but that never name a theme. */
	private static final Set<String> MORE_STOP_WORDS = Set.of("can", "will", "just", "please", "get", "got", "also",
			"hi", "hello", "thanks", "thank", "ok", "okay", "yes", "im", "dont", "cant", "ive", "id", "us", "want",
			"would", "could", "may", "might", "must", "shall", "let", "make", "way", "one", "bonjour", "merci", "svp",
			"stp", "oui", "non", "peut", "fait", "faire", "être", "avoir", "comme", "tout", "tous", "toute", "plus",
			"aussi", "bien", "très", "si", "quand", "comment", "pourquoi", "d'un", "d'une", "c'est", "j'ai", "n'est");

	private final Set<String> stopWords;

	private KeyPhrases(Set<String> stopWords) {
		this.stopWords = stopWords;
	}

	static KeyPhrases load() {
		Set<String> stopWords = new HashSet<>(MORE_STOP_WORDS);
		for (String list : List.of("english_stop.txt", "french_stop.txt")) {
			try (Reader reader = IOUtils.getDecodingReader(
					IOUtils.requireResourceNonNull(SnowballFilter.class.getResourceAsStream(list), list),
					StandardCharsets.UTF_8)) {
				CharArraySet words = WordlistLoader.getSnowballWordSet(reader);
				words.forEach(word -> stopWords.add(new String((char[]) word)));
			} catch (IOException e) {
				throw new UncheckedIOException("cannot read Lucene's " + list, e);
			}
		}
		return new KeyPhrases(Set.copyOf(stopWords));
	}

	List<String> names(List<List<String>> groups) {
		List<List<Set<String>>> phrasesOfTexts = new ArrayList<>();
		Map<String, Integer> textsWithPhrase = new HashMap<>();
		int texts = 0;
		for (List<String> group : groups) {
			List<Set<String>> phrasesOfGroup = new ArrayList<>();
			for (String text : group) {
				Set<String> phrases = phrases(text);
				phrasesOfGroup.add(phrases);
				phrases.forEach(phrase -> textsWithPhrase.merge(phrase, 1, Integer::sum));
				texts++;
			}
			phrasesOfTexts.add(phrasesOfGroup);
		}
		List<String> names = new ArrayList<>();
		for (List<Set<String>> group : phrasesOfTexts) {
			names.add(name(group, textsWithPhrase, texts));
		}
		return names;
	}

	private String name(List<Set<String>> group, Map<String, Integer> textsWithPhrase, int texts) {
		Map<String, Integer> inGroup = new HashMap<>();
		group.forEach(phrases -> phrases.forEach(phrase -> inGroup.merge(phrase, 1, Integer::sum)));
		int least = group.size() >= 3 ? 2 : 1;
		Map<String, Double> scores = new HashMap<>();
		inGroup.forEach((phrase, count) -> {
			if (count >= least) {
				double share = (double) count / group.size();
				double rarity = Math.log(1 + (double) texts / textsWithPhrase.get(phrase));
				double length = phrase.indexOf(' ') > 0 ? 1.25 : 1;
				scores.put(phrase, share * rarity * length);
			}
		});
		List<String> ranked = scores.keySet().stream().sorted(Comparator
				.comparingDouble((String phrase) -> -scores.get(phrase)).thenComparing(Comparator.naturalOrder()))
				.toList();
		List<String> chosen = new ArrayList<>();
		Set<String> usedWords = new HashSet<>();
		double top = ranked.isEmpty() ? 0 : scores.get(ranked.getFirst());
		for (String phrase : ranked) {
			if (chosen.size() == PHRASES || scores.get(phrase) < top * 0.35) {
				break;
			}
			List<String> words = List.of(phrase.split(" "));
			if (words.stream().noneMatch(word -> usedWords.stream().anyMatch(used -> sameStem(word, used)))) {
				chosen.add(phrase);
				usedWords.addAll(words);
			}
		}
		return String.join(", ", chosen);
	}

	/**
	 * Whether two words are forms of one ("rate" and "rates", "work" and "working",
	 * "exchange" and "exchanging"): they share a beginning that makes most of the
	 * shorter one.
	 */
	static boolean sameStem(String a, String b) {
		int common = 0;
		while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
			common++;
		}
		int shorter = Math.min(a.length(), b.length());
		return common == shorter || (common >= 4 && common >= 0.75 * shorter);
	}

	/**
	 * The text's words that are not stop words, and pairs of them that follow each
	 * other once stop words are left out ("change my PIN" gives "change pin"),
	 * lower case.
	 */
	Set<String> phrases(String text) {
		Set<String> phrases = new LinkedHashSet<>();
		Matcher matcher = WORD.matcher(TextInput.clean(text).toLowerCase(Locale.ROOT));
		String previous = null;
		while (matcher.find()) {
			String word = matcher.group().replace('’', '\'');
			if (stopWords.contains(word)) {
				continue;
			}
			word = withoutElision(word);
			if (stopWords.contains(word) || word.length() < 2 || word.chars().allMatch(Character::isDigit)) {
				continue;
			}
			phrases.add(word);
			if (previous != null) {
				phrases.add(previous + " " + word);
			}
			previous = word;
		}
		return phrases;
	}

	private static String withoutElision(String word) {
		if (word.endsWith("'s")) {
			return word.substring(0, word.length() - 2);
		}
		int apostrophe = word.indexOf('\'');
		if (apostrophe > 0 && apostrophe <= 2 && word.length() > apostrophe + 2) {
			return word.substring(apostrophe + 1);
		}
		return word;
	}
}
