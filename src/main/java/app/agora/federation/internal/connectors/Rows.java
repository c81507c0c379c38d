package app.agora.federation.internal.connectors;

import app.agora.federation.spi.FacetMapping;
import app.agora.federation.spi.SourceDataException;
import app.agora.federation.spi.SourceRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.function.Function;

/**
 * Turns one row of a source, whatever its shape, into a record of a facet,
 * following the facet's field mapping.
 */
final class Rows {

	/** Longer values are cut: a source must not blow up a view with one field. */
	static final int MAX_VALUE_LENGTH = 2000;

	private Rows() {
	}

	/**
	 * Fails when a column the facet maps is not there, so that a renamed column
	 * gives an error status rather than facts quietly missing a field.
	 */
	static void checkColumns(FacetMapping facet, java.util.function.Predicate<String> has, String where) {
		var mapped = new java.util.LinkedHashSet<String>();
		mapped.add(facet.key());
		if (facet.id() != null) {
			mapped.add(facet.id());
		}
		if (facet.asOf() != null) {
			mapped.add(facet.asOf());
		}
		mapped.addAll(new java.util.TreeSet<>(facet.fields().values()));
		for (String column : mapped) {
			if (!has.test(column)) {
				throw new SourceDataException(
						"Facet " + facet.facet() + ": " + where + " has no column '" + abbreviate(column) + "'");
			}
		}
	}

	static SourceRecord toRecord(FacetMapping facet, Function<String, Object> row) {
		Object key = row.apply(facet.key());
		if (key == null || key.toString().isBlank()) {
			throw new SourceDataException("Facet " + facet.facet() + ": a record has no '" + facet.key() + "'");
		}
		Object id = facet.id() == null ? key : row.apply(facet.id());
		var fields = new LinkedHashMap<String, Object>();
		facet.fields().forEach((name, sourceField) -> fields.put(name, plain(row.apply(sourceField))));
		Instant asOf = facet.asOf() == null ? null : instant(row.apply(facet.asOf()), facet);
		return new SourceRecord(facet.facet(), plain(key).toString(),
				id == null ? key.toString() : plain(id).toString(), asOf, fields);
	}

	/**
	 * The facet of that name, for a scan.
	 *
	 * @throws UnsupportedOperationException
	 *             when the source has no such facet
	 */
	static app.agora.federation.spi.FacetMapping facet(app.agora.federation.spi.SourceDefinition source, String name) {
		return source.facets().stream().filter(f -> f.facet().equals(name)).findFirst().orElseThrow(
				() -> new UnsupportedOperationException("Source " + source.id() + " has no facet '" + name + "'"));
	}

	/** Values as JSON can show them: numbers, booleans, dates and short text. */
	static Object plain(Object value) {
		return switch (value) {
			case null -> null;
			case Integer i -> i;
			case Long l -> l;
			case BigDecimal d -> d;
			case Number n -> n;
			case Boolean b -> b;
			case java.sql.Timestamp t -> t.toInstant();
			case java.sql.Date d -> d.toLocalDate();
			case OffsetDateTime t -> t.toInstant();
			case LocalDateTime t -> t;
			case LocalDate d -> d;
			case Instant i -> i;
			default -> {
				String text = value.toString();
				yield text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) : text;
			}
		};
	}

	static Instant instant(Object value, FacetMapping facet) {
		Object plain = plain(value);
		try {
			return switch (plain) {
				case null -> null;
				case Instant i -> i;
				case LocalDate d -> d.atStartOfDay(ZoneOffset.UTC).toInstant();
				case LocalDateTime t -> t.toInstant(ZoneOffset.UTC);
				default -> parse(plain.toString().strip());
			};
		} catch (DateTimeParseException e) {
			throw new SourceDataException(
					"Facet " + facet.facet() + ": '" + facet.asOf() + "' is not a date: " + abbreviate(plain));
		}
	}

	private static Instant parse(String text) {
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() == 10) {
			return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		Instant common = IsoTimestamps.parse(text);
		if (common != null) {
			return common;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		} catch (DateTimeParseException e) {
			return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
		}
	}

	static String abbreviate(Object value) {
		String text = String.valueOf(value);
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}
}
