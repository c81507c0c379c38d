package app.agora.community;

import app.agora.access.SignedInUser;
import java.util.Optional;
import java.util.UUID;

/**
 * Someone reading or writing in the community, as the community needs to know
 * them: the account, the party it stands for (if any), the name shown beside
 * posts, and whether they are staff (who read every space).
 */
public record Participant(UUID accountId, UUID partyId, String displayName, boolean staff) {

	/** The signed-in person, or empty for a visitor without an account. */
	public static Optional<Participant> of(SignedInUser user) {
		return Optional.ofNullable(user)
				.map(u -> new Participant(u.accountId(), u.partyId().orElse(null), u.displayName(), u.isStaff()));
	}
}
