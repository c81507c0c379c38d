package app.agora.federation.internal.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds the candidate pairs, the union of every blocking key's pairs, and
 * compares each once. Keys are taken in turn; a pair is compared under the
 * first key that brings it, and later keys skip it (they check whether the two
 * records already shared a block), so the union needs no set of pairs. Blocks
 * are compared in parallel.
 */
final class CandidatePairs {

	/**
	 * A strict key brings at most this many pairs per record (or
	 * {@link #MIN_KEY_PAIRS}); beyond, its largest blocks are skipped.
	 */
	static final long PAIRS_PER_RECORD = 3;
	static final long MIN_KEY_PAIRS = 100_000;

	/** Blocks are handed to threads in batches of about this many pairs. */
	private static final long BATCH_PAIRS = 20_000;

	private final RecordTable table;
	private final ComparisonVectors vectors;
	private final boolean acrossSourcesOnly;
	private final long maxBlockPairs;
	private final List<String> report = new ArrayList<>();
	private final List<UsedKey> used = new ArrayList<>();
	private long looseBudget;

	CandidatePairs(RecordTable table, ComparisonVectors vectors, boolean acrossSourcesOnly, long maxBlockPairs,
			long looseBudget) {
		this.table = table;
		this.vectors = vectors;
		this.acrossSourcesOnly = acrossSourcesOnly;
		this.maxBlockPairs = maxBlockPairs;
		this.looseBudget = looseBudget;
	}

	/** What each key brought, one line per key. */
	List<String> report() {
		return report;
	}

	/** The keys that brought pairs, with each record's block under them. */
	List<UsedKey> used() {
		return used;
	}

	/**
	 * A key that was used.
	 *
	 * @param blockOf
	 *            for each record, its block under the key, or -1
	 */
	record UsedKey(BlockingKey key, int[] blockOf) {

		boolean shared(int i, int j) {
			return blockOf[i] >= 0 && blockOf[i] == blockOf[j];
		}
	}

	ComparedPairs compare(List<BlockingKey> keys) {
		var all = new ComparedPairs(table.size() * 2);
		var earlier = new ArrayList<int[]>();
		for (var key : keys) {
			var blocks = Blocks.of(key.hashes(), table.sourceOf, acrossSourcesOnly, maxBlockPairs,
					key.loose() ? Long.MAX_VALUE : Math.max(MIN_KEY_PAIRS, PAIRS_PER_RECORD * table.size()));
			if (blocks.pairs() == 0) {
				continue;
			}
			if (key.loose()) {
				if (blocks.pairs() > looseBudget) {
					report.add(key.name() + ": not used, " + blocks.pairs() + " pairs is over the budget of "
							+ looseBudget);
					continue;
				}
				looseBudget -= blocks.pairs();
			}
			int before = all.size;
			int[][] seen = earlier.toArray(int[][]::new);
			int[] batches = blocks.batches(BATCH_PAIRS);
			IntStream.range(0, batches.length - 1).parallel().mapToObj(b -> compareBatch(blocks, batches, b, seen))
					.toList().forEach(all::addAll);
			earlier.add(blocks.blockOf(table.size()));
			used.add(new UsedKey(key, earlier.getLast()));
			report.add(key.name() + ": " + blocks.count() + " blocks, " + (all.size - before) + " new pairs"
					+ (blocks.oversized() > 0 ? ", " + blocks.oversized() + " oversized blocks skipped" : ""));
		}
		return all;
	}

	private ComparedPairs compareBatch(Blocks blocks, int[] batches, int batch, int[][] seen) {
		var out = new ComparedPairs(1024);
		int[] members = blocks.members();
		int[] source = table.sourceOf;
		for (int block = batches[batch]; block < batches[batch + 1]; block++) {
			int from = blocks.start(block);
			int to = blocks.start(block + 1);
			for (int p = from; p < to; p++) {
				int i = members[p];
				for (int q = p + 1; q < to; q++) {
					int j = members[q];
					if (acrossSourcesOnly && source[i] == source[j] || sharedEarlier(seen, i, j)) {
						continue;
					}
					out.add(i, j, vectors.compare(i, j));
				}
			}
		}
		return out;
	}

	private static boolean sharedEarlier(int[][] seen, int i, int j) {
		for (int[] blockOf : seen) {
			int block = blockOf[i];
			if (block >= 0 && block == blockOf[j]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The blocks of one key, found by sorting (key, record) into one long array:
	 * the high bits carry the key, the low bits the record, so equal keys end up
	 * next to each other with their records in ascending order.
	 */
	record Blocks(int[] members, int[] starts, long[] pairCounts, long pairs, int oversized) {

		/**
		 * @param maxBlockPairs
		 *            blocks with more pairs are skipped
		 * @param keyBudget
		 *            if the key's blocks bring more pairs than this in all, the largest
		 *            are skipped until the rest fit: the most common values (a popular
		 *            first name in a big town) tell least
		 */
		static Blocks of(long[] hashes, int[] sourceOf, boolean acrossSourcesOnly, long maxBlockPairs, long keyBudget) {
			int n = hashes.length;
			int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
			long mask = (1L << bits) - 1;
			long[] entries = IntStream.range(0, n).filter(i -> hashes[i] != 0).mapToLong(i -> (hashes[i] & ~mask) | i)
					.toArray();
			Arrays.parallelSort(entries);
			var bounds = new IntList();
			var sizes = new LongList();
			long[] perSource = new long[Arrays.stream(sourceOf).max().orElse(0) + 1];
			for (int start = 0; start < entries.length;) {
				long key = entries[start] & ~mask;
				int end = start + 1;
				while (end < entries.length && (entries[end] & ~mask) == key) {
					end++;
				}
				bounds.add(start);
				sizes.add(pairsIn(entries, start, end, mask, sourceOf, acrossSourcesOnly, perSource));
				start = end;
			}
			bounds.add(entries.length);
			long limit = largestBlockWithin(sizes.toArray(), maxBlockPairs, keyBudget);

			int[] members = new int[entries.length];
			var starts = new IntList();
			var counts = new LongList();
			int kept = 0;
			int oversized = 0;
			long pairs = 0;
			for (int block = 0; block < sizes.size(); block++) {
				long blockPairs = sizes.get(block);
				if (blockPairs > limit) {
					oversized++;
				} else if (blockPairs > 0) {
					starts.add(kept);
					counts.add(blockPairs);
					for (int e = bounds.get(block); e < bounds.get(block + 1); e++) {
						members[kept++] = (int) (entries[e] & mask);
					}
					pairs += blockPairs;
				}
			}
			starts.add(kept);
			return new Blocks(Arrays.copyOf(members, kept), starts.toArray(), counts.toArray(), pairs, oversized);
		}

		/**
		 * The largest block size to keep so that the kept blocks' pairs stay within the
		 * budget.
		 */
		private static long largestBlockWithin(long[] sizes, long maxBlockPairs, long budget) {
			long[] sorted = Arrays.stream(sizes).filter(size -> size <= maxBlockPairs).sorted().toArray();
			long total = 0;
			for (int b = 0; b < sorted.length; b++) {
				total += sorted[b];
				if (total > budget) {
					// every block smaller than this one fits; this one and its
					// equals do not
					return sorted[b] - 1;
				}
			}
			return maxBlockPairs;
		}

		private static long pairsIn(long[] entries, int start, int end, long mask, int[] sourceOf,
				boolean acrossSourcesOnly, long[] perSource) {
			long size = end - start;
			if (!acrossSourcesOnly) {
				return size * (size - 1) / 2;
			}
			// pairs across sources: all pairs less those within each source
			for (int e = start; e < end; e++) {
				perSource[sourceOf[(int) (entries[e] & mask)]]++;
			}
			long within = 0;
			for (int e = start; e < end; e++) {
				int source = sourceOf[(int) (entries[e] & mask)];
				long count = perSource[source];
				within += count * (count - 1) / 2;
				perSource[source] = 0;
			}
			return size * (size - 1) / 2 - within;
		}

		int count() {
			return starts.length - 1;
		}

		int start(int block) {
			return starts[block];
		}

		/** Block boundaries of batches of about the given number of pairs. */
		int[] batches(long pairsPerBatch) {
			var bounds = new IntList();
			bounds.add(0);
			long inBatch = 0;
			for (int block = 0; block < count(); block++) {
				inBatch += pairCounts[block];
				if (inBatch >= pairsPerBatch) {
					bounds.add(block + 1);
					inBatch = 0;
				}
			}
			if (bounds.last() != count()) {
				bounds.add(count());
			}
			return bounds.toArray();
		}

		/** For each record, the number of its block under this key, or -1. */
		int[] blockOf(int records) {
			int[] blockOf = new int[records];
			Arrays.fill(blockOf, -1);
			for (int block = 0; block < count(); block++) {
				for (int p = starts[block]; p < starts[block + 1]; p++) {
					blockOf[members[p]] = block;
				}
			}
			return blockOf;
		}
	}
}
