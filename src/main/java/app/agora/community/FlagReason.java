package app.agora.community;

/** Why someone flags a post; OTHER needs a note. */
public enum FlagReason {
	SPAM, OFFENSIVE, OFF_TOPIC, OTHER
}
