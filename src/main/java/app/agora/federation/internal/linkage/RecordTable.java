package app.agora.federation.internal.linkage;

import app.agora.federation.LinkageSettings;
import app.agora.federation.RecordRef;
import app.agora.federation.SourceRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The records to link, by column: for each field of the settings one encoded
 * {@link Column}, plus each record's source and key. Column-wise primitive
 * arrays keep a million records in a few hundred megabytes and let comparisons
 * run on ints.
 */
public final class RecordTable {

	final LinkageSettings settings;
	final List<String> sources;
	final int[] sourceOf;
	final String[] keys;
	final Column[] columns;

	private RecordTable(LinkageSettings settings, List<String> sources, int[] sourceOf, String[] keys,
			Column[] columns) {
		this.settings = settings;
		this.sources = List.copyOf(sources);
		this.sourceOf = sourceOf;
		this.keys = keys;
		this.columns = columns;
	}

	public static RecordTable of(LinkageSettings settings, Collection<SourceRecord> records) {
		var sources = new LinkedHashMap<String, Integer>();
		int n = records.size();
		int[] sourceOf = new int[n];
		String[] keys = new String[n];
		String[][] raw = new String[settings.fields().size()][n];
		int i = 0;
		for (var record : records) {
			sourceOf[i] = sources.computeIfAbsent(record.source(), s -> sources.size());
			keys[i] = record.key();
			for (int f = 0; f < raw.length; f++) {
				raw[f][i] = record.value(settings.fields().get(f).name());
			}
			i++;
		}
		return of(settings, new ArrayList<>(sources.keySet()), sourceOf, keys, raw);
	}

	/**
	 * From raw columns, one per field of the settings and in their order, as a CSV
	 * reader has them without building a record object per row.
	 */
	public static RecordTable of(LinkageSettings settings, List<String> sources, int[] sourceOf, String[] keys,
			String[][] rawColumns) {
		if (rawColumns.length != settings.fields().size()) {
			throw new IllegalArgumentException("One column per field is needed");
		}
		// columns side by side: much of encoding one is a single-threaded
		// dictionary
		var columns = IntStream.range(0, rawColumns.length).parallel().mapToObj(f -> {
			var spec = settings.fields().get(f);
			return Column.encode(spec, rawColumns[f], new ValueNormaliser(spec.type(), settings.phoneRegion()));
		}).toArray(Column[]::new);
		return new RecordTable(settings, sources, sourceOf, keys, columns);
	}

	public int size() {
		return keys.length;
	}

	public RecordRef ref(int record) {
		return new RecordRef(sources.get(sourceOf[record]), keys[record]);
	}

	public int source(int record) {
		return sourceOf[record];
	}

	public String key(int record) {
		return keys[record];
	}

	/** The normalised value of a field of a record, or null. */
	public String value(int field, int record) {
		return columns[field].value(record);
	}
}
