package app.agora.parties.internal.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each known column sits in the file. An unknown or repeated column fails
 * the whole file rather than being ignored: a misspelt {@code emial} column
 * would otherwise import every row without its email and match nothing.
 */
final class ImportHeader {

	private final Map<ImportColumn, Integer> positions;
	private final int size;

	private ImportHeader(Map<ImportColumn, Integer> positions, int size) {
		this.positions = positions;
		this.size = size;
	}

	static ImportHeader of(List<String> names) throws ImportFileProblem {
		Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
		List<String> unknown = new ArrayList<>();
		Set<String> repeated = new LinkedHashSet<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			var column = ImportColumn.byHeader(name);
			if (column.isEmpty()) {
				unknown.add(name.isBlank() ? "\"\"" : "\"" + shorten(name.strip()) + "\"");
			} else if (positions.putIfAbsent(column.get(), i) != null) {
				repeated.add(column.get().header());
			}
		}
		if (!unknown.isEmpty()) {
			throw ImportFileProblem.unknownColumns(String.join(", ", unknown.subList(0, Math.min(20, unknown.size()))),
					ImportColumn.allHeaders());
		}
		if (!repeated.isEmpty()) {
			throw ImportFileProblem.duplicateColumns(String.join(", ", repeated));
		}
		if (!positions.containsKey(ImportColumn.GIVEN_NAME) && !positions.containsKey(ImportColumn.FAMILY_NAME)
				&& !positions.containsKey(ImportColumn.ORGANISATION_NAME)) {
			throw ImportFileProblem.noNameColumn();
		}
		return new ImportHeader(positions, names.size());
	}

	/** How many values each row must have. */
	int size() {
		return size;
	}

	/** The value of a column in a row, or null when the file has no such column. */
	String value(List<String> row, ImportColumn column) {
		Integer position = positions.get(column);
		return position == null ? null : row.get(position);
	}

	private static String shorten(String name) {
		return name.length() > 40 ? name.substring(0, 40) + "…" : name;
	}
}
