package app.agora.federation.internal.connectors;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Locale;

/**
 * How a source writes phone numbers, so that a party's E.164 number can be
 * asked for in the source's own form: {@code e164} (+33612345678),
 * {@code national} (06 12 34 56 78) or {@code digits} (0612345678). A number of
 * another country than the source's region is written in international form
 * ({@code +44 20 7946 0958}, or {@code +442079460958} for digits), as a
 * national database would have to store it.
 */
enum PhoneFormat {

	E164, NATIONAL, DIGITS;

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	/** The format a setting names, or null when it names none. */
	static PhoneFormat named(String name) {
		for (var format : values()) {
			if (format.name().equalsIgnoreCase(name.strip())) {
				return format;
			}
		}
		return null;
	}

	static boolean knownRegion(String region) {
		return PHONES.getSupportedRegions().contains(region.strip().toUpperCase(Locale.ROOT));
	}

	/** The E.164 number as the source writes it; null stays null. */
	String write(String e164, String region) {
		if (e164 == null || this == E164) {
			return e164;
		}
		try {
			var number = PHONES.parse(e164, region);
			boolean home = number.getCountryCode() == PHONES.getCountryCodeForRegion(region);
			if (!home) {
				return this == NATIONAL ? PHONES.format(number, PhoneNumberFormat.INTERNATIONAL) : e164;
			}
			String national = PHONES.format(number, PhoneNumberFormat.NATIONAL);
			return this == NATIONAL ? national : national.replaceAll("[^0-9]", "");
		} catch (NumberParseException e) {
			return e164;
		}
	}
}
