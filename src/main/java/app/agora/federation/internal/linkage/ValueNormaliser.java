package app.agora.federation.internal.linkage;

import app.agora.federation.FieldType;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings raw values of one field type to the form they are compared in, so that
 * "Élodie " and "elodie", or "06 12 34 56 78" and "+33612345678", are the same
 * value. Null means missing: blank, or nothing usable left.
 */
final class ValueNormaliser {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ].*)?");
	private static final Pattern DAY_FIRST_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private final FieldType type;
	private final String phoneRegion;

	ValueNormaliser(FieldType type, String phoneRegion) {
		this.type = type;
		this.phoneRegion = phoneRegion.toUpperCase(Locale.ROOT);
	}

	/**
	 * A cheap form of a raw value that normalises to the same value, so that "06 12
	 * 34 56 78" and "06.12.34.56.78" are parsed once, not twice.
	 */
	String shortcut(String raw) {
		if (type != FieldType.PHONE) {
			return raw;
		}
		var kept = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c != ' ' && c != '.' && c != '-') {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	String normalise(String raw) {
		if (raw == null) {
			return null;
		}
		String value = raw.strip();
		if (value.isEmpty()) {
			return null;
		}
		String normal = switch (type) {
			case NAME -> words(value, false);
			case TEXT -> words(value, true);
			case DATE -> date(value);
			case EMAIL -> value.toLowerCase(Locale.ROOT);
			case PHONE -> phone(value);
			case POSTCODE, IDENTIFIER -> alphanumeric(value);
		};
		return normal == null || normal.isEmpty() ? null : normal;
	}

	/**
	 * Lower case, accents dropped, punctuation to single spaces; names keep letters
	 * only.
	 */
	private static String words(String value, boolean keepDigits) {
		String plain = asciiFolded(value);
		var out = new StringBuilder(plain.length());
		boolean space = false;
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (Character.isLetter(c) || keepDigits && Character.isDigit(c)) {
				if (space && !out.isEmpty()) {
					out.append(' ');
				}
				out.append(Character.toLowerCase(c));
				space = false;
			} else if (!(c == '\'' || c == '’') || keepDigits) {
				// O'Neil and ONeil are the same name; in free text an
				// apostrophe separates words
				space = true;
			}
		}
		return out.toString();
	}

	private static String asciiFolded(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) >= 128) {
				return MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
			}
		}
		return value;
	}

	/**
	 * yyyymmdd. Day/month/year is read day first unless the month would be over 12.
	 * A value that is not a date is kept as its digits when there are eight of them
	 * (a corrupted date still compares by its characters), else dropped.
	 */
	private static String date(String value) {
		if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
			// the common case, yyyy-mm-dd, without a regular expression
			String digits = value.substring(0, 4) + value.substring(5, 7) + value.substring(8);
			if (digits.chars().allMatch(Character::isDigit)) {
				return digits;
			}
		}
		var iso = ISO_DATE.matcher(value);
		if (iso.matches()) {
			return ymd(iso.group(1), iso.group(2), iso.group(3));
		}
		var dayFirst = DAY_FIRST_DATE.matcher(value);
		if (dayFirst.matches()) {
			String day = dayFirst.group(1);
			String month = dayFirst.group(2);
			if (Integer.parseInt(month) > 12 && Integer.parseInt(day) <= 12) {
				return ymd(dayFirst.group(3), day, month);
			}
			return ymd(dayFirst.group(3), month, day);
		}
		String digits = value.replaceAll("\\D", "");
		return digits.length() == 8 ? digits : null;
	}

	private static String ymd(String year, String month, String day) {
		return year + (month.length() == 1 ? "0" : "") + month + (day.length() == 1 ? "0" : "") + day;
	}

	/**
	 * E.164 when libphonenumber can read it, else the bare digits (at least six).
	 */
	private String phone(String value) {
		if (E164.matcher(value).matches()) {
			// already E.164; parsing it would only give it back, at a few
			// microseconds a number
			return value;
		}
		try {
			var number = PHONES.parse(value, phoneRegion);
			if (PHONES.isPossibleNumber(number)) {
				return PHONES.format(number, PhoneNumberFormat.E164);
			}
		} catch (NumberParseException e) {
			// not a phone number libphonenumber understands; fall back to its
			// digits
		}
		String digits = value.replaceAll("\\D", "");
		return digits.length() >= 6 ? digits : null;
	}

	private static String alphanumeric(String value) {
		var out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				out.append(Character.toUpperCase(c));
			}
		}
		return out.toString();
	}
}
