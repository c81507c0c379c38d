package app.agora.access.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("api_token")
record ApiToken(@Id UUID id, UUID accountId, String name, String tokenHash, String scopes, Instant createdAt,
		Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

	public boolean isActive(Instant now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
	}
}
