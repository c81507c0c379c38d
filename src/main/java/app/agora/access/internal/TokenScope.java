package app.agora.access.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a personal API token may do: read only, or read and change. */
enum TokenScope {
	READ, WRITE;

	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	String authority() {
		return "SCOPE_" + value();
	}

	static Set<TokenScope> parse(String scopes) {
		if (scopes == null || scopes.isBlank()) {
			return EnumSet.noneOf(TokenScope.class);
		}
		return Arrays.stream(scopes.trim().split("[\\s,]+")).map(s -> TokenScope.valueOf(s.toUpperCase(Locale.ROOT)))
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(TokenScope.class)));
	}

	static String format(Set<TokenScope> scopes) {
		return scopes.stream().map(TokenScope::value).sorted().collect(Collectors.joining(" "));
	}

	/** Reading needs `read`; anything that changes data needs `write`. */
	static TokenScope neededFor(String httpMethod) {
		return switch (httpMethod) {
			case "GET", "HEAD", "OPTIONS" -> READ;
			default -> WRITE;
		};
	}
}
