package app.agora.listening.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a {@link ValenceScorer} knows: VADER's lexicon of 7,500 English
 * words, emoticons and slang with their mean valence (-4 to +4, MIT licence,
 * C.J. Hutto), a small French supplement written for Agora, and the negations,
 * intensifiers and dampeners of both languages. Immutable once read.
 */
final class ValenceLexicon {

	static final Set<String> NEGATIONS = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt",
			"doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt",
			"havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't",
			"mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
			"oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh",
			"wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
			// French: "ne ... pas" and its kin; "n'" is read as "ne"
			"ne", "pas", "jamais", "rien", "aucun", "aucune", "ni", "sans", "guère");

	static final double INCREMENT = 0.293;

	static final double DECREMENT = -0.293;

	static final Map<String, Double> BOOSTERS = boosters();

	/** Words that turn what came before them down and what follows up. */
	static final Set<String> BUT = Set.of("but", "mais", "however", "cependant", "pourtant");

	private final Map<String, Double> valences;

	private ValenceLexicon(Map<String, Double> valences) {
		this.valences = valences;
	}

	/** Reads the lexicons shipped under {@code listening/} on the class path. */
	static ValenceLexicon load() {
		Map<String, Double> valences = new HashMap<>(9_000);
		read("/listening/vader-lexicon.tsv", valences);
		read("/listening/french-valence.tsv", valences);
		return new ValenceLexicon(Map.copyOf(valences));
	}

	/** The word's valence (-4 to +4), or null when the lexicon does not hold it. */
	Double valence(String lowerCaseWord) {
		return valences.get(lowerCaseWord);
	}

	boolean contains(String lowerCaseWord) {
		return valences.containsKey(lowerCaseWord);
	}

	static boolean isNegation(String lowerCaseWord) {
		return NEGATIONS.contains(lowerCaseWord) || lowerCaseWord.contains("n't");
	}

	private static void read(String resource, Map<String, Double> into) {
		InputStream in = ValenceLexicon.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException(resource + " is not on the class path");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("# ")) {
					continue;
				}
				String[] fields = line.split("\t");
				into.put(fields[0].toLowerCase(Locale.ROOT), Double.parseDouble(fields[1].strip()));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Map<String, Double> boosters() {
		Map<String, Double> boosters = new HashMap<>();
		for (String word : ("absolutely amazingly awfully completely considerable considerably decidedly deeply effing "
				+ "enormous enormously entirely especially exceptional exceptionally extreme extremely fabulously "
				+ "flipping flippin frackin fracking fricking frickin frigging friggin fully fuckin fucking fuggin "
				+ "fugging greatly hella highly hugely incredible incredibly intensely major majorly more most "
				+ "particularly purely quite really remarkably so substantially thoroughly total totally tremendous "
				+ "tremendously uber unbelievably unusually utter utterly very "
				// French
				+ "très trop vraiment tellement extrêmement hyper totalement complètement absolument vachement "
				+ "particulièrement si franchement carrément").split(" ")) {
			boosters.put(word, INCREMENT);
		}
		for (String word : ("almost barely hardly kinda kindof kind-of less little marginal marginally occasional "
				+ "occasionally partly scarce scarcely slight slightly somewhat sorta sortof sort-of "
				// French
				+ "peu légèrement plutôt moyennement presque assez").split(" ")) {
			boosters.put(word, DECREMENT);
		}
		return Map.copyOf(boosters);
	}
}
