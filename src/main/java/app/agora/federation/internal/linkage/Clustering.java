package app.agora.federation.internal.linkage;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups linked records transitively, strongest links first, but refuses a link
 * that would put two records that contradict each other (a name and a date that
 * both differ) into one cluster. Plain transitive closure lets one weak link
 * chain two relatives together through a record that lacks the telling fields;
 * the refused link goes to review instead.
 */
final class Clustering {

	/**
	 * Clusters larger than this (in cross pairs) are merged without checking, to
	 * keep time bounded.
	 */
	static final long CHECK_LIMIT = 10_000;

	private final ComparisonVectors vectors;
	private final DeterministicRules rules;
	private final UnionFind sets;
	private final List<IntList> members;

	Clustering(int records, ComparisonVectors vectors, DeterministicRules rules) {
		this.vectors = vectors;
		this.rules = rules;
		this.sets = new UnionFind(records);
		this.members = new ArrayList<>(records);
		for (int i = 0; i < records; i++) {
			members.add(null);
		}
	}

	/**
	 * Joins the clusters of two linked records, unless that would bring
	 * contradicting records together.
	 *
	 * @param authoritative
	 *            a link by identifier, which is never refused
	 * @return whether the records are now in one cluster
	 */
	boolean join(int i, int j, boolean authoritative) {
		int a = sets.find(i);
		int b = sets.find(j);
		if (a == b) {
			return true;
		}
		var left = membersOf(a);
		var right = membersOf(b);
		long cross = (long) left.size() * right.size();
		// two single records: the link itself is their only pair, and a linked
		// pair never contradicts
		if (!authoritative && cross > 1 && cross <= CHECK_LIMIT && contradict(left, right)) {
			return false;
		}
		sets.union(a, b);
		int root = sets.find(a);
		var larger = left.size() >= right.size() ? left : right;
		var smaller = larger == left ? right : left;
		for (int k = 0; k < smaller.size(); k++) {
			larger.add(smaller.get(k));
		}
		members.set(a, null);
		members.set(b, null);
		members.set(root, larger);
		return true;
	}

	UnionFind sets() {
		return sets;
	}

	/**
	 * Whether at least half the pairs across two clusters contradict: one odd
	 * record among several good ones is a typo-ridden copy, not a stranger.
	 */
	private boolean contradict(IntList left, IntList right) {
		long contradicting = 0;
		long cross = (long) left.size() * right.size();
		for (int x = 0; x < left.size(); x++) {
			for (int y = 0; y < right.size(); y++) {
				int i = left.get(x);
				int j = right.get(y);
				long vector = vectors.compare(Math.min(i, j), Math.max(i, j));
				if (rules.contradiction(vector, vectors) != null) {
					contradicting++;
				}
			}
		}
		return contradicting * 2 >= cross;
	}

	private IntList membersOf(int root) {
		var list = members.get(root);
		if (list == null) {
			list = new IntList();
			list.add(root);
			members.set(root, list);
		}
		return list;
	}
}
