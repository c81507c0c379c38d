package app.agora.federation.internal.linkage;

import java.util.Arrays;

/** A growable list of longs without boxing. */
final class LongList {

	private long[] values = new long[16];
	private int size;

	void add(long value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = value;
	}

	void increment(int index) {
		values[index]++;
	}

	long get(int index) {
		return values[index];
	}

	int size() {
		return size;
	}

	long[] toArray() {
		return Arrays.copyOf(values, size);
	}
}
