package app.agora.parties;

/**
 * Where a party stands on the buying journey. Losing a deal keeps the
 * relationship: {@link #LOST_IN_TOUCH}.
 */
public enum LifecycleStage {
	LEAD, PROSPECT, NEGOTIATION, CUSTOMER, LOST_IN_TOUCH, FORMER_CUSTOMER
}
