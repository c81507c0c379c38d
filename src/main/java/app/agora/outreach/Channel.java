package app.agora.outreach;

/** How a message reaches its recipient. */
public enum Channel {
	/** A notification the recipient reads on their own pages. */
	IN_APP,
	/** An email to the address the party record holds. */
	EMAIL
}
