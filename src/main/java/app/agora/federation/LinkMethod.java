package app.agora.federation;

/**
 * How a source record came to be linked to a party: a deterministic rule (same
 * email, phone or identifier), the probabilistic model, or a person.
 */
public enum LinkMethod {
	RULE, MODEL, STAFF
}
