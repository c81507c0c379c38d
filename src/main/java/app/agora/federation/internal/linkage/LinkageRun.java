package app.agora.federation.internal.linkage;

import app.agora.federation.Classification;
import app.agora.federation.Cluster;
import app.agora.federation.LinkageModel;
import app.agora.federation.MatchScore;
import app.agora.federation.RecordRef;
import app.agora.federation.Resolution;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The outcome of one run. Pairs stay in primitive arrays; a {@link MatchScore}
 * with its explanation is built only when someone reads it, so a million
 * records do not cost a million explanations.
 */
public final class LinkageRun implements Resolution {

	static final String REFUSED = "kept apart: the link would join records whose name and date differ";

	private final RecordTable table;
	private final LinkageModel model;
	private final PairScorer scorer;
	private final ComparedPairs pairs;
	private final int[] kept;
	private final Classification[] decisions;
	private final int[] vectorOf;
	private final BitSet refused;
	private final int[] clusterOf;
	private final int clusterCount;
	private final List<String> blockingReport;
	private final List<String> laps;

	LinkageRun(RecordTable table, LinkageModel model, PairScorer scorer, ComparedPairs pairs, int[] kept,
			Classification[] decisions, int[] vectorOf, BitSet refused, UnionFind links, List<String> blockingReport,
			List<String> laps) {
		this.table = table;
		this.model = model;
		this.scorer = scorer;
		this.pairs = pairs;
		this.kept = kept;
		this.decisions = decisions;
		this.vectorOf = vectorOf;
		this.refused = refused;
		this.blockingReport = List.copyOf(blockingReport);
		this.laps = laps;
		// clusters numbered from 1 in the order of their first record
		int n = table.size();
		this.clusterOf = new int[n];
		int[] numberOfRoot = new int[n];
		int next = 0;
		for (int i = 0; i < n; i++) {
			int root = links.find(i);
			if (numberOfRoot[root] == 0) {
				numberOfRoot[root] = ++next;
			}
			clusterOf[i] = numberOfRoot[root];
		}
		this.clusterCount = next;
	}

	@Override
	public LinkageModel model() {
		return model;
	}

	@Override
	public List<MatchScore> pairs() {
		return new AbstractList<>() {

			@Override
			public MatchScore get(int index) {
				int p = kept[index];
				var score = scorer.explain(table, pairs.left[p], pairs.right[p], pairs.vectors[p]);
				return refused.get(p)
						? new MatchScore(score.left(), score.right(), score.weight(), score.probability(),
								Classification.REVIEW, REFUSED, score.comparisons())
						: score;
			}

			@Override
			public int size() {
				return kept.length;
			}
		};
	}

	@Override
	public List<Cluster> clusters() {
		var members = new ArrayList<List<RecordRef>>(clusterCount);
		for (int c = 0; c < clusterCount; c++) {
			members.add(new ArrayList<>(1));
		}
		for (int i = 0; i < clusterOf.length; i++) {
			members.get(clusterOf[i] - 1).add(table.ref(i));
		}
		var clusters = new ArrayList<Cluster>(clusterCount);
		for (int c = 0; c < clusterCount; c++) {
			clusters.add(new Cluster(c + 1, members.get(c)));
		}
		return clusters;
	}

	@Override
	public long candidatePairs() {
		return pairs.size;
	}

	/** The cluster number of a record of the table, from 1. */
	public int clusterOf(int record) {
		return clusterOf[record];
	}

	public int clusterCount() {
		return clusterCount;
	}

	public long count(Classification classification) {
		long count = 0;
		for (int p = 0; p < pairs.size; p++) {
			if (decision(p) == classification) {
				count++;
			}
		}
		return count;
	}

	private Classification decision(int pair) {
		return refused.get(pair) ? Classification.REVIEW : decisions[vectorOf[pair]];
	}

	/** What each blocking key brought, one line per key. */
	public List<String> blockingReport() {
		return blockingReport;
	}

	/** How long each step took. */
	public List<String> laps() {
		return laps;
	}

	public RecordTable table() {
		return table;
	}
}
