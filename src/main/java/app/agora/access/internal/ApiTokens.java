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
	private final JdbcClient jdbc;

	ApiTokens(ApiTokenRepository tokens, JdbcClient jdbc) {
		this.tokens = tokens;
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
		return byHash(hash(secret)).filter(t -> t.token().isActive(now)).flatMap(t -> {
			// To the minute: writing it on every call made concurrent calls with one token
			// queue on its row.
			var token = t.token();
			if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
				jdbc.sql("update api_token set last_used_at = :now where id = :id")
						.param("now", java.sql.Timestamp.from(now)).param("id", token.id()).update();
			}
			return Optional.of(t.owner()).filter(SignedInUser::isEnabled)
					.map(user -> new Authenticated(user, TokenScope.parse(token.scopes())));
		});
	}

	private static final String BY_HASH = """
			select t.id, t.account_id, t.name, t.scopes, t.created_at, t.expires_at, t.last_used_at, t.revoked_at,
			%s
			from api_token t join account a on a.id = t.account_id
			where t.token_hash = :hash""".formatted(AccountStore.USER_COLUMNS.replaceAll("(\\w+)", "a.$1"));

	private record TokenOfAccount(ApiToken token, SignedInUser owner) {
	}

	/**
	 * The token with its account, in one plain query: every API call asks, and
	 * Spring Data's derived query and a second one for the account were a tenth of
	 * a reply's CPU in the posting benchmark.
	 */
	private Optional<TokenOfAccount> byHash(String tokenHash) {
		return jdbc.sql(BY_HASH).param("hash", tokenHash).query((rs, n) -> {
			UUID accountId = rs.getObject("account_id", UUID.class);
			var token = new ApiToken(rs.getObject("id", UUID.class), accountId, rs.getString("name"), tokenHash,
					rs.getString("scopes"), instant(rs, "created_at"), instant(rs, "expires_at"),
					instant(rs, "last_used_at"), instant(rs, "revoked_at"));
			return new TokenOfAccount(token, AccountStore.user(accountId, rs));
		}).optional();
	}

	private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		var at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
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
