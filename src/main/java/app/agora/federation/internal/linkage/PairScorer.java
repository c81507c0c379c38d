package app.agora.federation.internal.linkage;

import app.agora.federation.Classification;
import app.agora.federation.Comparison;
import app.agora.federation.LinkageModel;
import app.agora.federation.LinkageSettings;
import app.agora.federation.MatchScore;
import app.agora.federation.SourceRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a comparison vector into a decision: weight, probability, the rule that
 * applies if any, the classification, and on request the explanation field by
 * field.
 */
public final class PairScorer {

	private final LinkageSettings settings;
	private final ComparisonVectors vectors;
	private final Parameters parameters;
	private final DeterministicRules rules;

	PairScorer(LinkageSettings settings, ComparisonVectors vectors, Parameters parameters) {
		this.settings = settings;
		this.vectors = vectors;
		this.parameters = parameters;
		this.rules = new DeterministicRules(settings);
	}

	/**
	 * Scores one pair of records with a model, as {@link LinkageModel#score}
	 * promises.
	 */
	public static MatchScore score(LinkageModel model, SourceRecord left, SourceRecord right) {
		var table = RecordTable.of(model.settings(), List.of(left, right));
		var vectors = new ComparisonVectors(table);
		var scorer = new PairScorer(model.settings(), vectors, Parameters.of(model));
		return scorer.explain(table, 0, 1, vectors.compare(0, 1));
	}

	double weight(long vector) {
		return parameters.weight(vector);
	}

	/** The rule that decides the pair whatever its probability, or null. */
	String rule(long vector) {
		String link = rules.ruleFor(vector, vectors);
		return link != null ? link : rules.contradiction(vector, vectors);
	}

	Classification classify(long vector) {
		if (rules.ruleFor(vector, vectors) != null) {
			return Classification.LINK;
		}
		if (rules.contradiction(vector, vectors) != null) {
			return Classification.NONE;
		}
		return settings.classify(Parameters.probability(weight(vector)));
	}

	MatchScore explain(RecordTable table, int i, int j, long vector) {
		var comparisons = new ArrayList<Comparison>();
		for (int f = 0; f < settings.fields().size(); f++) {
			var field = settings.fields().get(f);
			int level = ComparisonVectors.level(vector, f);
			boolean missing = level == ComparisonVectors.MISSING;
			comparisons.add(new Comparison(field.name(), field.type(),
					missing ? "missing" : vectors.comparator(f).levels().get(level), table.value(f, i),
					table.value(f, j), missing ? 0 : parameters.weight(f, level)));
		}
		double weight = weight(vector);
		return new MatchScore(table.ref(i), table.ref(j), weight, Parameters.probability(weight), classify(vector),
				rule(vector), comparisons);
	}
}
