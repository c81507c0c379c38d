package app.agora.community;

import java.util.List;
import java.util.UUID;

/**
 * A community of interest (a destination, a product line, "trekking with
 * children"), reached by its slug.
 */
public record Space(long id, String slug, String name, String description, Visibility visibility, List<String> products,
		List<UUID> members, List<UUID> moderators, long threads) {

	/** Whether this person may read the space (and so learn it exists). */
	public boolean readableBy(Participant who) {
		return visibility == Visibility.PUBLIC || who != null && (who.staff() || isMember(who.accountId()));
	}

	/** Whether this person may post in the space. */
	public boolean writableBy(Participant who) {
		return who != null && (who.staff() || visibility == Visibility.PUBLIC || isMember(who.accountId()));
	}

	public boolean isMember(UUID accountId) {
		return members.contains(accountId) || moderators.contains(accountId);
	}
}
