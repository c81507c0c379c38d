package app.agora.parties;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What staff, the API, an import or the demo give to create or edit a party. A
 * person needs a given or family name, an organisation its name.
 */
public record PartyDraft(@NotNull PartyKind kind, @Size(max = 120) String givenName, @Size(max = 120) String familyName,
		@Size(max = 300) String organisationName, @Email @Size(max = 320) String email,
		@Size(max = 60) @Pattern(regexp = "^[0-9+()./ \\-]*$", message = "{parties.phone.invalid}") String phone,
		@Size(max = 120) String city,
		@Pattern(regexp = "^([A-Za-z]{2})?$", message = "{parties.country.invalid}") String country) {

	@AssertTrue(message = "{parties.name.required}")
	public boolean isNamed() {
		if (kind == PartyKind.ORGANISATION) {
			return hasText(organisationName);
		}
		return hasText(givenName) || hasText(familyName);
	}

	public String displayName() {
		if (kind == PartyKind.ORGANISATION) {
			return organisationName.strip();
		}
		return ((hasText(givenName) ? givenName.strip() : "") + " " + (hasText(familyName) ? familyName.strip() : ""))
				.strip();
	}

	static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	public static PartyDraft person(String givenName, String familyName, String email, String phone, String city,
			String country) {
		return new PartyDraft(PartyKind.PERSON, givenName, familyName, null, email, phone, city, country);
	}

	public static PartyDraft organisation(String name, String email, String phone, String city, String country) {
		return new PartyDraft(PartyKind.ORGANISATION, null, null, name, email, phone, city, country);
	}
}
