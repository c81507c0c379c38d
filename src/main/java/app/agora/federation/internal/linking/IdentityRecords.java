package app.agora.federation.internal.linking;

import app.agora.federation.FieldSpec;
import app.agora.federation.FieldType;
import app.agora.federation.SourceRecord;
import app.agora.federation.internal.view.FederationSources;
import app.agora.federation.internal.view.GuardedSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the identity records of every source that has an identity section,
 * under the common linkage field names, so that the engine sees one table
 * whatever each source calls its columns.
 */
@Component
public class IdentityRecords {

	private static final Logger log = LoggerFactory.getLogger(IdentityRecords.class);

	private final FederationSources sources;

	IdentityRecords(FederationSources sources) {
		this.sources = sources;
	}

	/**
	 * What a read found: the records (one per source and key), the linkage fields
	 * they share, and the sources that could not be read, with why.
	 */
	public record Scan(List<SourceRecord> records, List<FieldSpec> fields, List<String> problems) {

		public boolean isEmpty() {
			return records.isEmpty() || fields.isEmpty();
		}
	}

	/** The sources that take part in linking, in the order of the sources file. */
	public List<GuardedSource> linkable() {
		return sources.composer().sources().stream().filter(s -> s.definition().identity() != null).toList();
	}

	/**
	 * Reads every linkable source; {@code reading} is told each source's id and its
	 * index before it is read.
	 */
	public Scan read(BiConsumer<String, Integer> reading) {
		var records = new ArrayList<SourceRecord>();
		var fields = new LinkedHashMap<String, FieldType>();
		var problems = new ArrayList<String>();
		var linkable = linkable();
		for (int i = 0; i < linkable.size(); i++) {
			var source = linkable.get(i);
			var definition = source.definition();
			var identity = definition.identity();
			reading.accept(definition.id(), i);
			List<app.agora.federation.spi.SourceRecord> rows;
			try {
				rows = source.scan(identity.facet());
			} catch (UnsupportedOperationException e) {
				problems.add(definition.id() + ": cannot be listed (" + e.getMessage() + ")");
				continue;
			} catch (Exception e) {
				if (e instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
				log.warn("Linking: source {} could not be read: {}", definition.id(), e.toString());
				problems.add(definition.id() + ": " + e.getMessage());
				continue;
			}
			for (var field : identity.fields()) {
				var known = fields.putIfAbsent(field.name(), field.type());
				if (known != null && known != field.type()) {
					problems.add(definition.id() + ": field " + field.name() + " is " + field.type() + " here but "
							+ known + " elsewhere; read as " + known);
				}
			}
			var byKey = new LinkedHashMap<String, SourceRecord>();
			for (var row : rows) {
				var values = new LinkedHashMap<String, String>();
				for (var field : identity.fields()) {
					Object value = row.fields().get(field.facetField());
					if (value != null && !value.toString().isBlank()) {
						values.put(field.name(), value.toString());
					}
				}
				byKey.putIfAbsent(row.key(), new SourceRecord(definition.id(), row.key(), values));
			}
			records.addAll(byKey.values());
		}
		var specs = fields.entrySet().stream().map(e -> new FieldSpec(e.getKey(), e.getValue())).toList();
		return new Scan(records, specs, problems);
	}

	/**
	 * SHA-256 of the record's linkage fields, in name order: equal exactly when
	 * nothing that linking reads has changed.
	 */
	public static String fingerprint(SourceRecord record) {
		var text = new StringBuilder();
		new TreeMap<>(record.fields())
				.forEach((name, value) -> text.append(name).append('\u0000').append(value).append('\u0001'));
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static Map<String, String> snapshot(SourceRecord record) {
		return new TreeMap<>(record.fields());
	}
}
