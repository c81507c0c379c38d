package app.agora.parties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A party as staff and the API see it. {@code version} guards against
 * overwriting someone else's edit.
 */
public record PartyDetails(UUID id, long version, PartyKind kind, String displayName, String givenName,
		String familyName, String organisationName, String email, String phone, String city, String country,
		LifecycleStage stage, List<RoleHeld> roles, Instant createdAt, Instant updatedAt) {

	public boolean holds(PartyRole role) {
		return roles.stream().anyMatch(r -> r.role() == role && r.isCurrent());
	}
}
