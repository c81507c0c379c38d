package app.agora.community;

/**
 * How far the community trusts an account, lowest first. It grows with time
 * since the first post, visible posts, likes received and accepted answers
 * (thresholds under {@code agora.community.trust.*}); staff are always
 * {@link #LEADER}; staff may also grant a level by hand.
 */
public enum TrustLevel {
	/**
	 * First posts wait for approval; posts, links and duplicates are limited; flags
	 * do not hide.
	 */
	NEW,
	/** Posts without approval, links without limits. */
	MEMBER,
	/** Flags count towards hiding a post until it is reviewed. */
	TRUSTED,
	/** One flag hides a post until it is reviewed, as a staff flag does. */
	LEADER;

	public boolean atLeast(TrustLevel other) {
		return compareTo(other) >= 0;
	}
}
