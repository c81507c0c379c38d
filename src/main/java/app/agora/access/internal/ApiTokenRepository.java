package app.agora.access.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface ApiTokenRepository extends Repository<ApiToken, UUID> {

	/**
	 * Asked on every token-signed request: a declared query, since Spring Data JDBC
	 * builds a derived query's SQL again on each call.
	 */
	@Query("select * from api_token where token_hash = :tokenHash")
	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

	Optional<ApiToken> findByIdAndAccountId(UUID id, UUID accountId);
}
