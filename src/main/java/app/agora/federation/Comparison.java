package app.agora.federation;

/**
 * How one field of a pair compared, and how much that weighed: the part of a
 * score's explanation that a reviewer reads.
 *
 * @param level
 *            the comparison level in words, such as "exact" or "Jaro–Winkler ≥
 *            0.92"; "missing" when either side has no value
 * @param left
 *            the left record's normalised value, or null
 * @param right
 *            the right record's normalised value, or null
 * @param weight
 *            the level's match weight in bits, log2(m/u): positive supports the
 *            link, negative speaks against it, 0 for missing values
 */
public record Comparison(String field, FieldType type, String level, String left, String right, double weight) {

	public boolean agrees() {
		return weight > 0;
	}
}
