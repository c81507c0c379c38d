package app.agora.federation.internal.sources;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Locale;

/**
 * Contact points in the one form sources are compared in: emails in lower case,
 * phones in E.164. Anything that cannot be read compares as nothing.
 */
public final class ContactPoints {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private ContactPoints() {
	}

	public static String email(String raw) {
		if (raw == null || raw.isBlank() || !raw.contains("@")) {
			return null;
		}
		return raw.strip().toLowerCase(Locale.ROOT);
	}

	public static String phone(String raw, String region) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			var number = PHONES.parse(raw, region == null || region.isBlank() ? "FR" : region.toUpperCase(Locale.ROOT));
			return PHONES.isPossibleNumber(number)
					? PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)
					: null;
		} catch (NumberParseException e) {
			return null;
		}
	}
}
