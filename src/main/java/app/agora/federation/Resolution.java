package app.agora.federation;

import java.util.List;

/**
 * What identity resolution found in a set of records: the model it used, the
 * pairs worth acting on (linked or to review) with their explanations, and the
 * clusters the links form.
 */
public interface Resolution {

	/**
	 * The model that scored the pairs: learned from these records unless one was
	 * given.
	 */
	LinkageModel model();

	/** The pairs classified LINK or REVIEW, each with its score and explanation. */
	List<MatchScore> pairs();

	/** Every record in exactly one cluster, linked records together. */
	List<Cluster> clusters();

	/** How many candidate pairs blocking brought and were scored. */
	long candidatePairs();
}
