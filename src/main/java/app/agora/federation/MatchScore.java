package app.agora.federation;

import java.util.List;

/**
 * A scored candidate pair with its explanation.
 *
 * @param weight
 *            the match weight in bits: the prior's log-odds plus the sum of the
 *            comparisons' weights
 * @param probability
 *            the probability that both records are the same person, from the
 *            weight
 * @param rule
 *            the deterministic rule that linked the pair regardless of the
 *            probability (such as "same email"), or null
 * @param comparisons
 *            one per field, in the order of the settings
 */
public record MatchScore(RecordRef left, RecordRef right, double weight, double probability,
		Classification classification, String rule, List<Comparison> comparisons) {

	public MatchScore {
		comparisons = List.copyOf(comparisons);
	}

	/** The explanation in one line, heaviest evidence first. */
	public String explanation() {
		var text = new StringBuilder();
		text.append(rule != null ? rule + "; " : "")
				.append(String.format(java.util.Locale.ROOT, "p=%.4f", probability));
		comparisons.stream().sorted((a, b) -> Double.compare(Math.abs(b.weight()), Math.abs(a.weight())))
				.forEach(c -> text.append(
						String.format(java.util.Locale.ROOT, "; %s %s %+.2f", c.field(), c.level(), c.weight())));
		return text.toString();
	}
}
