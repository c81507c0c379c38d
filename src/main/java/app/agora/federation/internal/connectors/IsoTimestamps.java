package app.agora.federation.internal.connectors;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the timestamps sources write most, {@code 2025-01-02T10:00:00Z},
 * {@code 2025-01-02T10:00:00.123+01:00} or {@code 2025-01-02 10:00:00}, without
 * the general {@code DateTimeFormatter} machinery, which a profile of busy
 * views showed taking an eighth of their CPU. Anything else is left to
 * {@code java.time}'s parsers (null here).
 */
final class IsoTimestamps {

	private IsoTimestamps() {
	}

	/** The instant, or null when the text is not in one of the common shapes. */
	static Instant parse(String text) {
		int length = text.length();
		if (length < 19 || text.charAt(4) != '-' || text.charAt(7) != '-'
				|| (text.charAt(10) != 'T' && text.charAt(10) != ' ') || text.charAt(13) != ':'
				|| text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		if ((year | month | day | hour | minute | second) < 0) {
			return null;
		}
		int at = 19;
		int nanos = 0;
		if (at < length && text.charAt(at) == '.') {
			int start = ++at;
			while (at < length && Character.isDigit(text.charAt(at))) {
				at++;
			}
			int count = at - start;
			if (count == 0 || count > 9) {
				return null;
			}
			nanos = digits(text, start, at);
			for (int i = count; i < 9; i++) {
				nanos *= 10;
			}
		}
		ZoneOffset offset;
		if (at == length) {
			offset = ZoneOffset.UTC;
		} else if (at == length - 1 && (text.charAt(at) == 'Z' || text.charAt(at) == 'z')) {
			offset = ZoneOffset.UTC;
		} else if (at == length - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-')
				&& text.charAt(at + 3) == ':') {
			int hours = digits(text, at + 1, at + 3);
			int minutes = digits(text, at + 4, at + 6);
			if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
				return null;
			}
			int sign = text.charAt(at) == '-' ? -1 : 1;
			offset = ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60));
		} else {
			return null;
		}
		try {
			return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(offset);
		} catch (java.time.DateTimeException e) {
			return null;
		}
	}

	/** The decimal number in text[from, to), or -1 when it holds a non-digit. */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}
}
