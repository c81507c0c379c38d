package app.agora.federation;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A record as a source holds it: the source's name, the record's key there and
 * its raw field values (normalising is the engine's job). Fields that are
 * absent, null or blank count as missing, which neither supports nor
 * contradicts a link.
 */
public record SourceRecord(String source, String key, Map<String, String> fields) {

	public SourceRecord {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(key, "key");
		var present = new HashMap<String, String>();
		fields.forEach((name, value) -> {
			if (value != null) {
				present.put(name, value);
			}
		});
		fields = Map.copyOf(present);
	}

	public RecordRef ref() {
		return new RecordRef(source, key);
	}

	/** The raw value of a field, or null when the record has none. */
	public String value(String field) {
		return fields.get(field);
	}
}
