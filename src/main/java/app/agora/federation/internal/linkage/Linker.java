package app.agora.federation.internal.linkage;

import app.agora.federation.Classification;
import app.agora.federation.LinkageMode;
import app.agora.federation.LinkageModel;
import java.util.BitSet;
import java.util.HashMap;

/**
 * The linkage pipeline: blocking and comparison of the candidate pairs, the
 * model (learned by expectation maximisation unless given), a decision per
 * distinct comparison vector, and clusters of linked records.
 */
public final class Linker {

	/**
	 * Loose blocking keys may add this many pairs in all: plenty for thousands of
	 * records, where comparing more is cheap, and a small share of the pairs for
	 * millions, where the strict keys must do.
	 */
	static final long LOOSE_PAIRS = 1_000_000;

	private Linker() {
	}

	/**
	 * @param model
	 *            a model to use as it is, or null to learn one from the records
	 */
	public static LinkageRun run(RecordTable table, LinkageModel model) {
		var laps = new Laps();
		var settings = table.settings;
		var vectors = new ComparisonVectors(table);
		boolean acrossSourcesOnly = settings.mode() == LinkageMode.LINK;
		var candidates = new CandidatePairs(table, vectors, acrossSourcesOnly, settings.maxBlockPairs(), LOOSE_PAIRS);
		var keys = Blocking.keys(table);
		laps.lap("keys");
		var pairs = candidates.compare(keys);
		laps.lap("compare");

		var distinct = new HashMap<Long, Integer>();
		int[] vectorOf = new int[pairs.size];
		var counts = new LongList();
		var values = new LongList();
		for (int p = 0; p < pairs.size; p++) {
			long vector = pairs.vectors[p];
			Integer index = distinct.get(vector);
			if (index == null) {
				index = values.size();
				distinct.put(vector, index);
				values.add(vector);
				counts.add(0);
			}
			counts.increment(index);
			vectorOf[p] = index;
		}

		laps.lap("vectors");
		Parameters parameters;
		if (model != null) {
			parameters = Parameters.of(model);
		} else {
			parameters = new ModelEstimation(table, vectors, acrossSourcesOnly).estimate(pairs, candidates.used(),
					values.toArray(), counts.toArray());
		}
		laps.lap("model");
		var scorer = new PairScorer(settings, vectors, parameters);
		var decisions = new Classification[values.size()];
		for (int v = 0; v < decisions.length; v++) {
			decisions[v] = scorer.classify(values.get(v));
		}

		var rules = new DeterministicRules(settings);
		var clustering = new Clustering(table.size(), vectors, rules);
		var refused = new BitSet();
		var kept = new IntList();
		for (int p : strongestFirst(pairs, vectorOf, values, decisions, scorer, rules, vectors)) {
			boolean authoritative = rules.byIdentifier(values.get(vectorOf[p]));
			if (!clustering.join(pairs.left[p], pairs.right[p], authoritative)) {
				refused.set(p);
			}
		}
		laps.lap("clusters");
		for (int p = 0; p < pairs.size; p++) {
			if (decisions[vectorOf[p]] != Classification.NONE) {
				kept.add(p);
			}
		}
		return new LinkageRun(table, parameters.toModel(settings, vectors), scorer, pairs, kept.toArray(), decisions,
				vectorOf, refused, clustering.sets(), candidates.report(), laps.laps());
	}

	/**
	 * The linked pairs, links by identifier first, then by falling weight, so that
	 * when two links conflict the stronger one wins. A counting sort over the
	 * distinct vectors: a million links cost no comparison sort.
	 */
	private static int[] strongestFirst(ComparedPairs pairs, int[] vectorOf, LongList values,
			Classification[] decisions, PairScorer scorer, DeterministicRules rules, ComparisonVectors vectors) {
		int distinct = values.size();
		Integer[] order = new Integer[distinct];
		double[] strength = new double[distinct];
		for (int v = 0; v < distinct; v++) {
			order[v] = v;
			long vector = values.get(v);
			strength[v] = (rules.byIdentifier(vector) ? 1e9 : 0) + scorer.weight(vector);
		}
		java.util.Arrays.sort(order, (a, b) -> Double.compare(strength[b], strength[a]));
		int[] rank = new int[distinct];
		for (int r = 0; r < distinct; r++) {
			rank[order[r]] = r;
		}
		int[] start = new int[distinct + 1];
		for (int p = 0; p < pairs.size; p++) {
			if (decisions[vectorOf[p]] == Classification.LINK) {
				start[rank[vectorOf[p]] + 1]++;
			}
		}
		for (int r = 0; r < distinct; r++) {
			start[r + 1] += start[r];
		}
		int[] links = new int[start[distinct]];
		for (int p = 0; p < pairs.size; p++) {
			if (decisions[vectorOf[p]] == Classification.LINK) {
				links[start[rank[vectorOf[p]]]++] = p;
			}
		}
		return links;
	}
}
