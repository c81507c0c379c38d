package app.agora.federation.internal.linkage;

/** Disjoint sets over record numbers, for transitive clustering of links. */
final class UnionFind {

	private final int[] parent;

	UnionFind(int size) {
		parent = new int[size];
		for (int i = 0; i < size; i++) {
			parent[i] = i;
		}
	}

	int find(int x) {
		while (parent[x] != x) {
			parent[x] = parent[parent[x]];
			x = parent[x];
		}
		return x;
	}

	void union(int a, int b) {
		int rootA = find(a);
		int rootB = find(b);
		if (rootA != rootB) {
			// the lower number becomes the root, so the result does not depend
			// on the order of the links
			parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
		}
	}
}
