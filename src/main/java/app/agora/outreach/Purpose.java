package app.agora.outreach;

/**
 * Why a message is sent; consent, caps and quiet hours are decided per purpose.
 */
public enum Purpose {
	/**
	 * About something the recipient asked for or owns: an import, an order, a
	 * ticket.
	 */
	SERVICE,
	/** From the communities: answers, mentions, ideas the recipient follows. */
	COMMUNITY,
	/** Offers and news. Never sent without an explicit opt-in. */
	MARKETING
}
