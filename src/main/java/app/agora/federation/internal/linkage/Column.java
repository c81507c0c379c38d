package app.agora.federation.internal.linkage;

import app.agora.federation.FieldSpec;
import app.agora.federation.FieldType;
import java.util.HashMap;
import java.util.stream.IntStream;

/**
 * One field of every record, dictionary-encoded: each record holds the code of
 * its normalised value (-1 when missing), so that equal values compare as equal
 * ints and a million records do not hold a million copies of "london". Whatever
 * is computed per value (phonetic code, nickname groups) is computed once per
 * distinct value.
 */
final class Column {

	static final int CACHED_VALUES = 200_000;

	final FieldSpec spec;
	final int[] codes;
	final String[] values;
	/** Name columns: the nickname groups of each value (null when none). */
	final int[][] nicknameGroups;
	/** Name columns: a hash of each value's Soundex code, for blocking. */
	final long[] phonetic;
	/**
	 * Null for columns of (nearly) unique values, where a cache would only miss.
	 */
	final LevelCache levels;

	private Column(FieldSpec spec, int[] codes, String[] values) {
		this.spec = spec;
		this.codes = codes;
		this.values = values;
		this.levels = values.length <= CACHED_VALUES ? new LevelCache() : null;
		if (spec.type() == FieldType.NAME) {
			nicknameGroups = new int[values.length][];
			phonetic = new long[values.length];
			for (int v = 0; v < values.length; v++) {
				nicknameGroups[v] = Nicknames.groupsOf(values[v]);
				String code = Soundex.of(values[v].replace(" ", ""));
				phonetic[v] = code == null ? 0 : Hashing.mix(code.hashCode() + 0x9E37L);
			}
		} else {
			nicknameGroups = null;
			phonetic = null;
		}
	}

	/**
	 * Encodes raw values: each distinct raw value is normalised once (in parallel,
	 * since parsing a million phone numbers takes a while), then equal normalised
	 * values share a code.
	 */
	static Column encode(FieldSpec spec, String[] raw, ValueNormaliser normaliser) {
		var rawCodes = new HashMap<String, Integer>(raw.length);
		int[] rawOf = new int[raw.length];
		for (int i = 0; i < raw.length; i++) {
			String value = raw[i] == null ? null : normaliser.shortcut(raw[i]);
			if (value == null) {
				rawOf[i] = -1;
				continue;
			}
			Integer code = rawCodes.putIfAbsent(value, rawCodes.size());
			rawOf[i] = code == null ? rawCodes.size() - 1 : code;
		}
		String[] distinctRaw = new String[rawCodes.size()];
		rawCodes.forEach((value, code) -> distinctRaw[code] = value);
		String[] normalised = new String[distinctRaw.length];
		IntStream.range(0, distinctRaw.length).parallel()
				.forEach(r -> normalised[r] = normaliser.normalise(distinctRaw[r]));

		var valueCodes = new HashMap<String, Integer>();
		int[] codeOfRaw = new int[normalised.length];
		for (int r = 0; r < normalised.length; r++) {
			if (normalised[r] == null) {
				codeOfRaw[r] = -1;
			} else {
				Integer code = valueCodes.putIfAbsent(normalised[r], valueCodes.size());
				codeOfRaw[r] = code == null ? valueCodes.size() - 1 : code;
			}
		}
		String[] values = new String[valueCodes.size()];
		valueCodes.forEach((value, code) -> values[code] = value);
		int[] codes = new int[raw.length];
		for (int i = 0; i < raw.length; i++) {
			codes[i] = rawOf[i] < 0 ? -1 : codeOfRaw[rawOf[i]];
		}
		return new Column(spec, codes, values);
	}

	/** The normalised value of a record, or null. */
	String value(int record) {
		int code = codes[record];
		return code < 0 ? null : values[code];
	}
}
