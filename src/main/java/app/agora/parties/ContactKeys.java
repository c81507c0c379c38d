package app.agora.parties;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Normalised contact points, the one form in which Agora compares them
 * (parties, imports, other systems' records), to find the same person twice:
 * email in lower case, phone in E.164. A phone without a country code is read
 * in the party's country, else in the configured default region.
 */
@Component
public class ContactKeys {

	private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
	private final String defaultRegion;

	public ContactKeys(@Value("${agora.parties.default-phone-region:FR}") String defaultRegion) {
		this.defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
	}

	public String email(String email) {
		return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	public String phone(String phone, String country) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		String region = country == null || country.isBlank() ? defaultRegion : country.toUpperCase(Locale.ROOT);
		try {
			var number = phones.parse(phone, region);
			return phones.isPossibleNumber(number) ? phones.format(number, PhoneNumberFormat.E164) : null;
		} catch (NumberParseException e) {
			return null;
		}
	}
}
