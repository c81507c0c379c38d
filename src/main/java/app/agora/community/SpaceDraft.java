package app.agora.community;

import java.util.List;
import java.util.UUID;

/** What staff give to create or change a space. */
public record SpaceDraft(String slug, String name, String description, Visibility visibility, List<String> products,
		List<UUID> members, List<UUID> moderators) {

	public SpaceDraft {
		products = products == null ? List.of() : List.copyOf(products);
		members = members == null ? List.of() : List.copyOf(members);
		moderators = moderators == null ? List.of() : List.copyOf(moderators);
	}
}
