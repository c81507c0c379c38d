package app.agora.parties.internal;

import app.agora.parties.LifecycleStage;
import app.agora.parties.PartyDetails;
import app.agora.parties.PartyDraft;
import app.agora.parties.PartyKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.springframework.validation.BindingResult;

/**
 * The party form as the page binds it; validated through {@link PartyDraft}'s
 * own constraints.
 */
public class PartyForm {

	private PartyKind kind = PartyKind.PERSON;
	private String givenName;
	private String familyName;
	private String organisationName;
	private String email;
	private String phone;
	private String city;
	private String country;
	private LifecycleStage stage = LifecycleStage.LEAD;
	private long version;

	static PartyForm of(PartyDetails party) {
		var form = new PartyForm();
		form.kind = party.kind();
		form.givenName = party.givenName();
		form.familyName = party.familyName();
		form.organisationName = party.organisationName();
		form.email = party.email();
		form.phone = party.phone();
		form.city = party.city();
		form.country = party.country();
		form.stage = party.stage();
		form.version = party.version();
		return form;
	}

	PartyDraft toDraft() {
		return new PartyDraft(kind, givenName, familyName, organisationName, email, phone, city, country);
	}

	/**
	 * Puts each broken constraint next to the field it concerns; the "has a name"
	 * rule goes to the name field.
	 */
	boolean validate(Validator validator, BindingResult errors) {
		if (errors.hasErrors()) {
			return false;
		}
		Set<ConstraintViolation<PartyDraft>> violations = validator.validate(toDraft());
		for (var violation : violations) {
			String field = violation.getPropertyPath().toString();
			if ("named".equals(field)) {
				field = kind == PartyKind.ORGANISATION ? "organisationName" : "givenName";
			}
			errors.rejectValue(field, "invalid", violation.getMessage());
		}
		return violations.isEmpty();
	}

	public PartyKind getKind() {
		return kind;
	}

	public void setKind(PartyKind kind) {
		this.kind = kind;
	}

	public String getGivenName() {
		return givenName;
	}

	public void setGivenName(String givenName) {
		this.givenName = givenName;
	}

	public String getFamilyName() {
		return familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName;
	}

	public String getOrganisationName() {
		return organisationName;
	}

	public void setOrganisationName(String organisationName) {
		this.organisationName = organisationName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public LifecycleStage getStage() {
		return stage;
	}

	public void setStage(LifecycleStage stage) {
		this.stage = stage;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
