package app.agora.access.internal;

import app.agora.access.AccountRole;
import app.agora.access.SignedInUser;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("account")
record Account(@Id UUID id, @Version Long version, String email, String displayName, String passwordHash,
		AccountRole role, UUID partyId, boolean enabled, Instant createdAt) {

	SignedInUser toUser() {
		return new SignedInUser(id, email, displayName, role, partyId, enabled, passwordHash);
	}
}
