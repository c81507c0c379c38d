package app.agora.parties.internal.importing;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of an import file one at a time, each with the line it
 * begins on, after reading and checking the header. The delimiter is a comma,
 * or a semicolon or tab when the header line has more of those (spreadsheets in
 * French write semicolons). Blank rows, including rows of empty values, are
 * skipped.
 */
final class CsvSource implements Closeable {

	/** A row of values and the line of the file it begins on. */
	record Row(long line, List<String> values) {
	}

	private final BoundedUtf8Reader reader;
	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private final ImportHeader header;

	private CsvSource(BoundedUtf8Reader reader, CSVParser parser) throws IOException {
		this.reader = reader;
		this.parser = parser;
		this.records = parser.iterator();
		var first = next();
		if (first == null) {
			throw ImportFileProblem.noHeader();
		}
		this.header = ImportHeader.of(first.values());
	}

	static CsvSource open(Path file, ImportSettings settings) throws IOException {
		var reader = new BoundedUtf8Reader(Files.newInputStream(file), settings.maxLineLength(),
				settings.maxRowLength());
		try {
			var buffered = new BufferedReader(reader, 8192);
			char delimiter = delimiter(buffered, settings.maxLineLength());
			var format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
					.setIgnoreSurroundingSpaces(true).setTrim(true).get();
			return new CsvSource(reader, CSVParser.builder().setReader(buffered).setFormat(format).get());
		} catch (IOException | RuntimeException e) {
			reader.close();
			throw e;
		}
	}

	ImportHeader header() {
		return header;
	}

	/** The next non-blank row, or null at the end of the file. */
	Row next() throws ImportFileProblem {
		while (true) {
			long line = parser.getCurrentLineNumber() + 1;
			reader.startRow();
			CSVRecord record;
			try {
				if (!records.hasNext()) {
					return null;
				}
				record = records.next();
			} catch (UncheckedIOException e) {
				if (e.getCause() instanceof ImportFileProblem problem) {
					throw problem;
				}
				throw ImportFileProblem.malformed(line);
			} catch (IllegalStateException e) {
				throw ImportFileProblem.malformed(line);
			}
			List<String> values = record.toList();
			if (values.stream().anyMatch(v -> !v.isEmpty())) {
				return new Row(line, values);
			}
		}
	}

	/**
	 * Looks at the header line, outside quotes, to pick the delimiter, then
	 * rewinds.
	 */
	private static char delimiter(BufferedReader in, int maxLineLength) throws IOException {
		in.mark(maxLineLength + 2);
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i <= maxLineLength; i++) {
			int c = in.read();
			if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
				break;
			}
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted) {
				commas += c == ',' ? 1 : 0;
				semicolons += c == ';' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		in.reset();
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return tabs > commas ? '\t' : ',';
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}
}
