package app.agora.access;

/**
 * What an account is for. The first four are the company's staff; a member is a
 * customer or prospect.
 */
public enum AccountRole {
	ADMIN, SERVICE_AGENT, SALES, PRODUCT_LEAD, MEMBER;

	/**
	 * The authority every staff role carries, so rules can say "staff" without
	 * listing roles.
	 */
	public static final String STAFF_AUTHORITY = "STAFF";

	public boolean isStaff() {
		return this != MEMBER;
	}

	public String authority() {
		return "ROLE_" + name();
	}
}
