package app.agora.community;

/** Who may read a space: anyone, or only its members and staff. */
public enum Visibility {
	PUBLIC, MEMBERS_ONLY
}
