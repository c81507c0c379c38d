package app.agora.listening.internal;

import app.agora.listening.FeedbackOrigin;
import app.agora.listening.FeedbackQuery;
import app.agora.listening.FeedbackState;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The inbox's filters as they come in a URL (page or API): each is parsed, and
 * a value that means nothing is reported against its field instead of being
 * guessed at.
 */
record InboxFilters(String product, String competitor, String theme, String sentiment, String origin, String state,
		String from, String to) {

	/**
	 * The query, and the problems (field → message key) of the values that did not
	 * parse.
	 */
	Parsed parse() {
		Map<String, String> problems = new LinkedHashMap<>();
		UUID competitorId = null;
		if (present(competitor)) {
			try {
				competitorId = UUID.fromString(competitor.strip());
			} catch (IllegalArgumentException e) {
				problems.put("competitor", "listening.error.filter");
			}
		}
		Long themeId = null;
		if (present(theme)) {
			try {
				themeId = Long.parseLong(theme.strip());
			} catch (NumberFormatException e) {
				problems.put("theme", "listening.error.filter");
			}
		}
		String feeling = null;
		if (present(sentiment)) {
			feeling = sentiment.strip().toUpperCase(Locale.ROOT);
			if (!feeling.equals("POSITIVE") && !feeling.equals("NEGATIVE") && !feeling.equals("NEUTRAL")) {
				problems.put("sentiment", "listening.error.filter");
				feeling = null;
			}
		}
		FeedbackOrigin where = enumOf(FeedbackOrigin.class, origin, "origin", problems);
		FeedbackState stage = enumOf(FeedbackState.class, state, "state", problems);
		LocalDate first = day(from, "from", problems);
		LocalDate last = day(to, "to", problems);
		if (first != null && last != null && first.isAfter(last)) {
			problems.put("to", "listening.error.dates");
			last = null;
		}
		return new Parsed(new FeedbackQuery(present(product) ? product.strip() : null, competitorId, themeId, feeling,
				where, first, last, stage), problems);
	}

	/** A parsed query and what did not parse. */
	record Parsed(FeedbackQuery query, Map<String, String> problems) {
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field,
			Map<String, String> problems) {
		if (!present(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			problems.put(field, "listening.error.filter");
			return null;
		}
	}

	private static LocalDate day(String value, String field, Map<String, String> problems) {
		if (!present(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			problems.put(field, "listening.error.day");
			return null;
		}
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}
}
