package app.agora.parties;

/**
 * How one party relates to another, read from the first: "Dara WORKS_FOR Alpine
 * Outfitters".
 */
public enum RelationshipKind {
	WORKS_FOR, PARTNER_OF, REFERRED_BY, KNOWS
}
