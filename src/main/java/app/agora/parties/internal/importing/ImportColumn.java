package app.agora.parties.internal.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The columns an import file may have. Header names are matched without regard
 * to case, surrounding spaces, or spaces and hyphens instead of underscores
 * ("Given name" is {@code given_name}), and a few common other names
 * ({@code first_name}, {@code last_name}, {@code surname},
 * {@code organization_name}, {@code e-mail}, {@code phone_number}).
 */
enum ImportColumn {
	KIND, GIVEN_NAME, FAMILY_NAME, ORGANISATION_NAME, EMAIL, PHONE, CITY, COUNTRY, ROLE, STAGE;

	/** The name written in a header and in messages. */
	String header() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Other names that spreadsheets and other tools commonly give these columns.
	 */
	private static final Map<String, ImportColumn> ALIASES = Map.of("first_name", GIVEN_NAME, "last_name", FAMILY_NAME,
			"surname", FAMILY_NAME, "organization_name", ORGANISATION_NAME, "e_mail", EMAIL, "phone_number", PHONE);

	static Optional<ImportColumn> byHeader(String name) {
		String normal = normalise(name);
		return Arrays.stream(values()).filter(c -> c.header().equals(normal)).findFirst()
				.or(() -> Optional.ofNullable(ALIASES.get(normal)));
	}

	private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

	static String normalise(String name) {
		return name == null ? "" : SEPARATORS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
	}

	static String allHeaders() {
		return Arrays.stream(values()).map(ImportColumn::header).collect(Collectors.joining(", "));
	}
}
