package app.agora.federation.internal.connectors;

import app.agora.federation.spi.Connector;
import app.agora.federation.spi.FacetMapping;
import app.agora.federation.spi.Lookup;
import app.agora.federation.spi.SourceDataException;
import app.agora.federation.spi.SourceDefinition;
import app.agora.federation.spi.SourceRecord;
import app.agora.parties.ContactKeys;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the exports of a folder. Parsed rows are kept until the file's size or
 * modification time changes, so a new export is seen at the next view.
 */
class CsvConnector implements Connector {

	private final SourceDefinition source;
	private final Path folder;
	private final String region;
	private final ContactKeys contacts;
	private final long maxFileSize;
	private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

	private record Snapshot(FileTime modified, long size, List<Map<String, String>> rows) {
	}

	CsvConnector(SourceDefinition source, ContactKeys contacts) {
		this.contacts = contacts;
		this.source = source;
		this.folder = Path.of(source.settings().required("folder"));
		this.region = source.settings().string("phone-region").orElse(null);
		this.maxFileSize = source.settings().integer("max-file-size", 50 * 1024 * 1024);
	}

	@Override
	public List<SourceRecord> fetch(Lookup lookup) throws IOException {
		var records = new ArrayList<SourceRecord>();
		for (var facet : source.facets()) {
			String emailColumn = facet.settings().string("email-column").orElse(null);
			String phoneColumn = facet.settings().string("phone-column").orElse(null);
			for (var row : rows(facet)) {
				boolean byKey = lookup.keys().contains(row.get(facet.key()));
				boolean byEmail = emailColumn != null && lookup.email() != null
						&& lookup.email().equals(contacts.email(row.get(emailColumn)));
				boolean byPhone = phoneColumn != null && lookup.phone() != null
						&& lookup.phone().equals(contacts.phone(row.get(phoneColumn), region));
				if (byKey || byEmail || byPhone) {
					records.add(Rows.toRecord(facet, row::get));
				}
			}
		}
		return records;
	}

	/** Every row of the facet's file. */
	@Override
	public List<SourceRecord> scan(String facetName) throws IOException {
		var facet = Rows.facet(source, facetName);
		var records = new ArrayList<SourceRecord>();
		for (var row : rows(facet)) {
			records.add(Rows.toRecord(facet, row::get));
		}
		return records;
	}

	private List<Map<String, String>> rows(FacetMapping facet) throws IOException {
		Path file = folder.resolve(facet.settings().required("file")).normalize();
		if (!file.startsWith(folder.normalize())) {
			throw new SourceDataException("Facet " + facet.facet() + ": the file must lie inside the folder");
		}
		if (!Files.isRegularFile(file)) {
			throw new SourceDataException("Facet " + facet.facet() + ": no file " + file.getFileName());
		}
		var modified = Files.getLastModifiedTime(file);
		long size = Files.size(file);
		var known = snapshots.get(facet.facet());
		if (known != null && known.modified().equals(modified) && known.size() == size) {
			return known.rows();
		}
		if (size > maxFileSize) {
			throw new SourceDataException(
					"Facet " + facet.facet() + ": " + file.getFileName() + " is larger than " + maxFileSize + " bytes");
		}
		var rows = parse(file, facet.settings().string("delimiter").orElse(","), facet);
		snapshots.put(facet.facet(), new Snapshot(modified, size, rows));
		return rows;
	}

	private static List<Map<String, String>> parse(Path file, String delimiter, FacetMapping facet) throws IOException {
		var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true).setTrim(true).get();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); var parser = format.parse(reader)) {
			var header = parser.getHeaderNames();
			Rows.checkColumns(facet, header::contains, file.getFileName().toString());
			for (String setting : List.of("email-column", "phone-column")) {
				var column = facet.settings().string(setting);
				if (column.isPresent() && !header.contains(column.get())) {
					throw new SourceDataException("Facet " + facet.facet() + ": " + file.getFileName()
							+ " has no column '" + Rows.abbreviate(column.get()) + "' (" + setting + ")");
				}
			}
			var rows = new ArrayList<Map<String, String>>();
			for (CSVRecord record : parser) {
				var row = record.toMap();
				row.values().removeIf(Objects::isNull);
				rows.add(row);
			}
			return rows;
		} catch (java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
			throw new SourceDataException(file.getFileName() + " is not a readable CSV file: " + e.getMessage());
		}
	}
}
