package app.agora.federation;

/**
 * What a field holds, which decides how its values are normalised, compared and
 * used for blocking. Weights are never set per type: they are learned from the
 * data.
 */
public enum FieldType {
	/**
	 * A given or family name: nicknames, typos and swapped name fields are
	 * expected.
	 */
	NAME,
	/**
	 * A date such as a date of birth, in ISO, compact (yyyymmdd) or day/month/year
	 * form.
	 */
	DATE,
	/** An email address, compared without case. */
	EMAIL,
	/** A phone number, compared in E.164 whatever way it was written. */
	PHONE,
	/** A postal code, compared without spaces or case. */
	POSTCODE,
	/** Any other text, such as a street, town or state. */
	TEXT,
	/**
	 * A number that names one person wherever it appears (a customer number shared
	 * between systems, a social security number): the same value links.
	 */
	IDENTIFIER
}
