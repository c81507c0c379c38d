package app.agora.federation.internal.linkage;

/**
 * Remembers the comparison level of pairs of distinct values of one column. The
 * same few thousand names meet again and again across a million records;
 * Jaro–Winkler is worth computing once per pair of values, not once per pair of
 * records. Direct-mapped and lossy: a collision only costs a recomputation.
 * Threads share it without locks: an entry is one long, written whole, and
 * carries its own key.
 */
final class LevelCache {

	private static final int BITS = 18;
	private static final int MASK = (1 << BITS) - 1;
	private static final int MAX_CODE = (1 << 28) - 1;
	private final long[] entries = new long[1 << BITS];

	/** The level cached for two value codes, or -1. */
	int get(int a, int b) {
		if (a > MAX_CODE || b > MAX_CODE) {
			return -1;
		}
		long entry = entries[slot(a, b)];
		long key = ((long) a << 32) | ((long) b << 4);
		return entry != 0 && (entry & ~0xFL) == key ? (int) (entry & 0xF) - 1 : -1;
	}

	void put(int a, int b, int level) {
		if (a <= MAX_CODE && b <= MAX_CODE) {
			entries[slot(a, b)] = ((long) a << 32) | ((long) b << 4) | (level + 1);
		}
	}

	private static int slot(int a, int b) {
		return (int) Hashing.mix(((long) a << 32) | b) & MASK;
	}
}
