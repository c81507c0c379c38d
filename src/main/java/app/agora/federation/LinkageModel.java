package app.agora.federation;

import app.agora.federation.internal.linkage.PairScorer;
import java.util.List;

/**
 * A Fellegi–Sunter model: for each field, the probability of each comparison
 * level among matching pairs (m) and among non-matching pairs (u), and the
 * prior probability that a candidate pair matches. Learned by
 * {@link IdentityResolution} from the records themselves (no labelled pairs);
 * it can be kept and used again to score new pairs.
 *
 * @param prior
 *            the share of candidate pairs that match
 */
public record LinkageModel(LinkageSettings settings, double prior, List<FieldWeights> fields) {

	public LinkageModel {
		fields = List.copyOf(fields);
		if (fields.size() != settings.fields().size()) {
			throw new IllegalArgumentException("One set of weights per field is needed");
		}
	}

	/** The weights of one field, one entry per comparison level, "exact" first. */
	public record FieldWeights(FieldSpec field, List<LevelWeight> levels) {

		public FieldWeights {
			levels = List.copyOf(levels);
		}
	}

	/**
	 * One comparison level.
	 *
	 * @param m
	 *            how often matching pairs compare at this level
	 * @param u
	 *            how often non-matching pairs do
	 */
	public record LevelWeight(String level, double m, double u) {

		/** The level's weight in bits: log2(m/u). */
		public double weight() {
			return Math.log(m / u) / Math.log(2);
		}
	}

	/** Scores one pair of records with this model, explaining each field. */
	public MatchScore score(SourceRecord left, SourceRecord right) {
		return PairScorer.score(this, left, right);
	}
}
