package app.agora.federation;

import java.util.Locale;
import java.util.Objects;

/**
 * A field that takes part in linkage, with its type.
 *
 * @param name
 *            the field's name in {@link SourceRecord#fields()} (a column name)
 */
public record FieldSpec(String name, FieldType type) {

	public FieldSpec {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		if (name.isBlank()) {
			throw new IllegalArgumentException("A field needs a name");
		}
	}

	/**
	 * Reads {@code name:type}, such as {@code surname:name} or {@code dob:date}.
	 */
	public static FieldSpec parse(String text) {
		int colon = text.lastIndexOf(':');
		if (colon <= 0 || colon == text.length() - 1) {
			throw new IllegalArgumentException("Expected name:type, got '" + text + "'");
		}
		String type = text.substring(colon + 1).strip().toUpperCase(Locale.ROOT);
		try {
			return new FieldSpec(text.substring(0, colon).strip(), FieldType.valueOf(type));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Unknown field type '" + text.substring(colon + 1).strip() + "' in '"
					+ text + "'; use one of name, date, email, phone, postcode, text, identifier");
		}
	}
}
