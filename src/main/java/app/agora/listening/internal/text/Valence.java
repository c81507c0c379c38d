package app.agora.listening.internal.text;

/**
 * What a sentiment lexicon finds in a text, as VADER reports it.
 *
 * @param compound
 *            the normalised sum of the words' valences, from -1 to +1
 * @param positive
 *            the share of the text's weight that is positive, 0 to 1
 * @param negative
 *            the share that is negative, 0 to 1
 * @param hits
 *            how many words of the lexicon the text holds
 */
record Valence(double compound, double positive, double negative, int hits) {

	static final Valence NONE = new Valence(0, 0, 0, 0);
}
