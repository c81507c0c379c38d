package app.agora.federation.spi;

import app.agora.federation.FieldType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which facet of a source describes the person (a profile, contact points) and
 * which of its fields take part in identity resolution, under what linkage
 * field. Linking runs compare records of every source through these common
 * names, so a billing "full_name" and a support desk "name" meet as
 * {@code name}.
 *
 * @param facet
 *            the facet whose records are the source's identity records
 */
public record IdentityMapping(String facet, List<Field> fields) {

	/**
	 * The linkage fields known by name, with their type. Other names need a type in
	 * the sources file.
	 */
	public static final Map<String, FieldType> KNOWN_FIELDS = known();

	public IdentityMapping {
		Objects.requireNonNull(facet, "facet");
		fields = List.copyOf(fields);
	}

	/**
	 * One linkage field.
	 *
	 * @param name
	 *            the linkage field (such as {@code email} or {@code birth-date})
	 * @param facetField
	 *            the facet field it is read from
	 */
	public record Field(String name, FieldType type, String facetField) {
	}

	private static Map<String, FieldType> known() {
		var known = new LinkedHashMap<String, FieldType>();
		known.put("name", FieldType.NAME);
		known.put("given-name", FieldType.NAME);
		known.put("family-name", FieldType.NAME);
		known.put("email", FieldType.EMAIL);
		known.put("phone", FieldType.PHONE);
		known.put("birth-date", FieldType.DATE);
		known.put("address", FieldType.TEXT);
		known.put("postcode", FieldType.POSTCODE);
		known.put("city", FieldType.TEXT);
		known.put("customer-no", FieldType.IDENTIFIER);
		return java.util.Collections.unmodifiableMap(known);
	}
}
