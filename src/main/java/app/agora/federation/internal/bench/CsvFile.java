package app.agora.federation.internal.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * A CSV file with a header row, read whole. Names and values are trimmed
 * (exports often pad them after each comma) and blank values are missing.
 */
final class CsvFile {

	private final Path path;
	private final List<String> header;
	private final List<String[]> rows;

	private CsvFile(Path path, List<String> header, List<String[]> rows) {
		this.path = path;
		this.header = header;
		this.rows = rows;
	}

	static CsvFile read(Path path) {
		try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
				var parser = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setTrim(true).get())) {
			List<String> header = null;
			var rows = new ArrayList<String[]>();
			for (var record : parser) {
				if (header == null) {
					header = record.stream().map(name -> name.strip().replace("\uFEFF", "")).toList();
					continue;
				}
				var row = new String[header.size()];
				for (int c = 0; c < row.length && c < record.size(); c++) {
					String value = record.get(c).strip();
					row[c] = value.isEmpty() ? null : value;
				}
				rows.add(row);
			}
			if (header == null) {
				throw new UsageError(path + ": the file is empty; a header row naming the columns is needed");
			}
			return new CsvFile(path, header, rows);
		} catch (NoSuchFileException e) {
			throw new UsageError(path + ": no such file");
		} catch (IOException | java.io.UncheckedIOException e) {
			throw new UsageError(path + ": cannot be read as CSV (" + e.getMessage() + ")");
		}
	}

	int rows() {
		return rows.size();
	}

	Path path() {
		return path;
	}

	List<String> header() {
		return header;
	}

	/**
	 * The column's values, row by row; a column the file lacks is a usage error
	 * naming both.
	 */
	String[] column(String name, String purpose) {
		int index = header.indexOf(name);
		if (index < 0) {
			throw new UsageError(path + ": no column '" + name + "' (needed as " + purpose + "); its columns are: "
					+ String.join(", ", header));
		}
		var values = new String[rows.size()];
		for (int r = 0; r < values.length; r++) {
			values[r] = rows.get(r)[index];
		}
		return values;
	}
}
