package app.agora.federation.internal.linkage;

import app.agora.federation.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

/**
 * Chooses the blocking keys from the field types alone, so that any data set
 * gets sensible blocks without configuration. Strict keys pair two independent
 * pieces of evidence (a phonetic name with a birth date, a postcode with a
 * birth date, both names in either order) or use one value that is nearly
 * unique on its own (email, phone, identifier). A record missed by one key
 * because of a typo is usually caught by another: recall comes from the union,
 * not from any single key.
 */
final class Blocking {

	private final RecordTable table;
	private final Column[] columns;
	private final List<BlockingKey> keys = new ArrayList<>();

	private Blocking(RecordTable table) {
		this.table = table;
		this.columns = table.columns;
	}

	static List<BlockingKey> keys(RecordTable table) {
		return new Blocking(table).build();
	}

	private List<BlockingKey> build() {
		var names = fieldsOf(FieldType.NAME);
		var dates = fieldsOf(FieldType.DATE);
		var postcodes = fieldsOf(FieldType.POSTCODE);
		for (int f = 0; f < columns.length; f++) {
			var type = columns[f].spec.type();
			if (type == FieldType.IDENTIFIER || type == FieldType.EMAIL || type == FieldType.PHONE) {
				add(name(f), false, new int[]{f}, code(f), none());
			}
		}
		for (int a = 0; a < names.length; a++) {
			for (int b = a + 1; b < names.length; b++) {
				var first = phonetic(names[a]);
				var second = phonetic(names[b]);
				// in either order, so that swapped given and family names still
				// meet
				add(name(names[a]) + "~ + " + name(names[b]) + "~", false, new int[]{names[a], names[b]},
						i -> unordered(first.applyAsLong(i), second.applyAsLong(i)), none());
			}
		}
		for (int n : names) {
			for (int d : dates) {
				add(name(n) + "~ + " + name(d), false, new int[]{n, d}, phonetic(n), code(d));
			}
			for (int p : postcodes) {
				add(name(n) + "~ + " + name(p), false, new int[]{n, p}, phonetic(n), code(p));
			}
		}
		for (int d : dates) {
			for (int p : postcodes) {
				add(name(d) + " + " + name(p), false, new int[]{d, p}, code(d), code(p));
			}
		}
		for (int d : dates) {
			add(name(d), true, new int[]{d}, code(d), none());
		}
		for (int p : postcodes) {
			add(name(p), true, new int[]{p}, code(p), none());
		}
		for (int n : names) {
			add(name(n) + "~", true, new int[]{n}, phonetic(n), none());
		}
		for (int t : fieldsOf(FieldType.TEXT)) {
			add(name(t), true, new int[]{t}, code(t), none());
		}
		return keys;
	}

	/** A key of one or two parts; a record lacking a part has no key. */
	private void add(String name, boolean loose, int[] fields, IntToLongFunction first, IntToLongFunction second) {
		long salt = keys.size() + 1;
		long[] hashes = new long[table.size()];
		IntStream.range(0, hashes.length).parallel().forEach(i -> {
			long a = first.applyAsLong(i);
			long b = second.applyAsLong(i);
			hashes[i] = a == 0 || b == 0 ? 0 : Hashing.combine(salt, a, b);
		});
		keys.add(new BlockingKey(name, fields, loose, hashes));
	}

	private String name(int field) {
		return columns[field].spec.name();
	}

	private IntToLongFunction code(int field) {
		int[] codes = columns[field].codes;
		return i -> codes[i] + 1L;
	}

	private IntToLongFunction phonetic(int field) {
		int[] codes = columns[field].codes;
		long[] phonetic = columns[field].phonetic;
		return i -> codes[i] < 0 ? 0 : phonetic[codes[i]];
	}

	private static IntToLongFunction none() {
		return i -> 1;
	}

	private static long unordered(long a, long b) {
		return a == 0 || b == 0 ? 0 : Hashing.mix(Math.min(a, b)) + Math.max(a, b);
	}

	private int[] fieldsOf(FieldType type) {
		return IntStream.range(0, columns.length).filter(f -> columns[f].spec.type() == type).toArray();
	}
}
