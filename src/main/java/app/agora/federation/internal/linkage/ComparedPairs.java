package app.agora.federation.internal.linkage;

import java.util.Arrays;

/**
 * Candidate pairs with their comparison vectors, in parallel primitive arrays
 * (16 bytes a pair) rather than an object per pair.
 */
final class ComparedPairs {

	int[] left;
	int[] right;
	long[] vectors;
	int size;

	ComparedPairs(int capacity) {
		left = new int[Math.max(capacity, 16)];
		right = new int[left.length];
		vectors = new long[left.length];
	}

	void add(int i, int j, long vector) {
		if (size == left.length) {
			grow(size + 1);
		}
		left[size] = i;
		right[size] = j;
		vectors[size] = vector;
		size++;
	}

	void addAll(ComparedPairs other) {
		grow(size + other.size);
		System.arraycopy(other.left, 0, left, size, other.size);
		System.arraycopy(other.right, 0, right, size, other.size);
		System.arraycopy(other.vectors, 0, vectors, size, other.size);
		size += other.size;
	}

	private void grow(int needed) {
		if (needed <= left.length) {
			return;
		}
		int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, left.length * 3L / 2));
		left = Arrays.copyOf(left, capacity);
		right = Arrays.copyOf(right, capacity);
		vectors = Arrays.copyOf(vectors, capacity);
	}
}
