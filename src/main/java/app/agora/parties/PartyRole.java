package app.agora.parties;

/**
 * A role a party has towards the company. A party may hold several, each from a
 * given day.
 */
public enum PartyRole {
	PROSPECT, CUSTOMER, FORMER_CUSTOMER, PARTNER, COMPETITOR, STAFF
}
