package app.agora.federation.internal.linkage;

import app.agora.federation.FieldType;
import java.util.stream.IntStream;

/**
 * Compares two records field by field into a comparison vector (the γ of
 * Fellegi and Sunter): one level per field, packed 3 bits a field into a long,
 * {@link #MISSING} where either record lacks the value. A vector is all the
 * model needs to weigh a pair, so millions of pairs collapse into a few
 * thousand distinct vectors.
 */
final class ComparisonVectors {

	static final int BITS = 3;
	static final int MISSING = 7;

	private final Column[] columns;
	private final FieldComparator[] comparators;
	private final int[] nameFields;
	/**
	 * Whether a value of one name column stands for a value of another:
	 * [field][other].
	 */
	private final LevelCache[][] sameNames;

	ComparisonVectors(RecordTable table) {
		this.columns = table.columns;
		this.comparators = new FieldComparator[columns.length];
		for (int f = 0; f < columns.length; f++) {
			comparators[f] = FieldComparator.of(columns[f].spec.type());
		}
		this.nameFields = IntStream.range(0, columns.length).filter(f -> columns[f].spec.type() == FieldType.NAME)
				.toArray();
		this.sameNames = new LevelCache[columns.length][columns.length];
		for (int f : nameFields) {
			for (int other : nameFields) {
				if (f != other) {
					sameNames[f][other] = new LevelCache();
				}
			}
		}
	}

	FieldComparator comparator(int field) {
		return comparators[field];
	}

	int fields() {
		return columns.length;
	}

	static int level(long vector, int field) {
		return (int) (vector >>> (BITS * field)) & MISSING;
	}

	long compare(int i, int j) {
		long vector = 0;
		for (int f = 0; f < columns.length; f++) {
			vector |= (long) level(f, i, j) << (BITS * f);
		}
		return vector;
	}

	private int level(int field, int i, int j) {
		var column = columns[field];
		int a = column.codes[i];
		int b = column.codes[j];
		if (a < 0 || b < 0) {
			return MISSING;
		}
		if (a == b) {
			return 0;
		}
		int level;
		if (column.levels == null) {
			level = comparators[field].level(column.values[a], column.values[b]);
		} else {
			int low = Math.min(a, b);
			int high = Math.max(a, b);
			level = column.levels.get(low, high);
			if (level < 0) {
				level = comparators[field].level(column.values[a], column.values[b]);
				column.levels.put(low, high, level);
			}
		}
		if ((level == NameComparator.SIMILAR || level == NameComparator.DIFFERENT)
				&& comparators[field] instanceof NameComparator && swapped(field, i, j)) {
			return NameComparator.SWAPPED;
		}
		return level;
	}

	/**
	 * Whether this name field of one record holds what another name field of the
	 * other record holds.
	 */
	private boolean swapped(int field, int i, int j) {
		var column = columns[field];
		for (int other : nameFields) {
			if (other == field) {
				continue;
			}
			String otherOfJ = columns[other].value(j);
			String otherOfI = columns[other].value(i);
			if (otherOfJ != null && NameComparator.sameName(column.value(i), otherOfJ)
					|| otherOfI != null && NameComparator.sameName(otherOfI, column.value(j))) {
				return true;
			}
		}
		return false;
	}
}
