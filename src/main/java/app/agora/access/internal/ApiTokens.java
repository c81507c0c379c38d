package app.agora.access.internal;

import app.agora.access.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. The secret is shown once when created; only its SHA-256
 * hash is kept, so a leaked database does not leak working tokens.
 */
@Service
class ApiTokens {

	static final String PREFIX = "agora_";
	private static final SecureRandom RANDOM = new SecureRandom();
	/** How exact a token's "last used" is. */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private final ApiTokenRepository tokens;
	private final AccountStore accounts;
	private final JdbcClient jdbc;

	ApiTokens(ApiTokenRepository tokens, AccountStore accounts, JdbcClient jdbc) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	record Created(ApiToken token, String secret) {
	}

	record Authenticated(SignedInUser user, Set<TokenScope> scopes) {
	}

	@Transactional
	Created create(UUID accountId, String name, Set<TokenScope> scopes, Duration lifetime) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now();
		var token = new ApiToken(UUID.randomUUID(), accountId, name.strip(), hash(secret), TokenScope.format(scopes),
				now, lifetime == null ? null : now.plus(lifetime), null, null);
		jdbc.sql("""
				insert into api_token (id, account_id, name, token_hash, scopes, created_at, expires_at)
				values (:id, :account, :name, :hash, :scopes, :created, :expires)""").param("id", token.id())
				.param("account", accountId).param("name", token.name()).param("hash", token.tokenHash())
				.param("scopes", token.scopes()).param("created", java.sql.Timestamp.from(now))
				.param("expires", token.expiresAt() == null ? null : java.sql.Timestamp.from(token.expiresAt()))
				.update();
		return new Created(token, secret);
	}

	List<ApiToken> list(UUID accountId) {
		return tokens.findByAccountIdOrderByCreatedAtDesc(accountId);
	}

	/**
	 * Revokes one of the account's own tokens; false when the account has no such
	 * token.
	 */
	@Transactional
	boolean revoke(UUID accountId, UUID tokenId) {
		return jdbc.sql("""
				update api_token set revoked_at = :now
				where id = :id and account_id = :account and revoked_at is null""")
				.param("now", java.sql.Timestamp.from(Instant.now())).param("id", tokenId).param("account", accountId)
				.update() == 1;
	}

	Optional<Authenticated> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
			return Optional.empty();
		}
		Instant now = Instant.now();
		return tokens.findByTokenHash(hash(secret)).filter(t -> t.isActive(now)).flatMap(t -> {
			// To the minute: writing it on every call made concurrent calls with one token
			// queue on its row.
			if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
				jdbc.sql("update api_token set last_used_at = :now where id = :id")
						.param("now", java.sql.Timestamp.from(now)).param("id", t.id()).update();
			}
			return accounts.findById(t.accountId()).filter(SignedInUser::isEnabled)
					.map(user -> new Authenticated(user, TokenScope.parse(t.scopes())));
		});
	}

	static String hash(String secret) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
