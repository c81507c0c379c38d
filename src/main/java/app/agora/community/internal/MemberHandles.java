package app.agora.community.internal;

import app.agora.community.Post;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Community handles: one per account, made from the display name the first time
 * the member posts or follows ("Anne-Marie Leclerc" →
 * {@code anne-marie-leclerc}, then {@code anne-marie-leclerc-2} for a second
 * Anne-Marie Leclerc), and kept when the name changes, so old mentions still
 * lead to the same member.
 */
@Repository("memberHandles")
class MemberHandles {

	static final int MAX = 40;

	private final JdbcClient jdbc;
	/**
	 * Handles are never changed nor removed once made, so a handle read from a
	 * committed row stays true on every node: every post asks for its author's.
	 */
	private final Cache<UUID, String> known = Caffeine.newBuilder().maximumSize(100_000).build();

	MemberHandles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A member as mentions and profiles know them. */
	record Member(UUID accountId, String handle, String displayName) {
	}

	/** The account's handle, or null if it has none yet (pages call this). */
	public String handleOf(UUID accountId) {
		if (accountId == null) {
			return null;
		}
		String handle = known.getIfPresent(accountId);
		if (handle != null) {
			return handle;
		}
		handle = jdbc.sql("select handle from community_handle where account_id = :account").param("account", accountId)
				.query(String.class).optional().orElse(null);
		if (handle != null) {
			keepOnceCommitted(accountId, handle);
		}
		return handle;
	}

	/**
	 * A handle read inside a transaction may be this transaction's own insert: it
	 * is kept only once that commits.
	 */
	private void keepOnceCommitted(UUID accountId, String handle) {
		AfterTransaction.whenCommitted(() -> known.put(accountId, handle));
	}

	/**
	 * The handles of these posts' authors, in one query (the thread page shows them
	 * beside names).
	 */
	public Map<UUID, String> handlesOf(List<Post> posts) {
		var accounts = posts.stream().map(Post::authorAccountId).filter(java.util.Objects::nonNull).distinct().toList();
		if (accounts.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> handles = new HashMap<>();
		jdbc.sql("select account_id, handle from community_handle where account_id in (:accounts)")
				.param("accounts", accounts).query(rs -> {
					handles.put(rs.getObject("account_id", UUID.class), rs.getString("handle"));
				});
		return handles;
	}

	Optional<Member> byHandle(String handle) {
		return jdbc.sql("select account_id, handle, display_name from community_handle where handle = :handle")
				.param("handle", handle == null ? "" : handle.toLowerCase(Locale.ROOT))
				.query((rs, n) -> new Member(rs.getObject("account_id", UUID.class), rs.getString("handle"),
						rs.getString("display_name")))
				.optional();
	}

	boolean exists(String handle) {
		return byHandle(handle).isPresent();
	}

	List<Member> members(Collection<String> handles) {
		if (handles.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select account_id, handle, display_name from community_handle where handle in (:handles)")
				.param("handles", handles).query((rs, n) -> new Member(rs.getObject("account_id", UUID.class),
						rs.getString("handle"), rs.getString("display_name")))
				.list();
	}

	/**
	 * The account's handle, made now if it has none. Safe when the same account
	 * posts twice at once, or two people with the same name post at once: an insert
	 * that meets a row made meanwhile does nothing (it never aborts the writing
	 * transaction), and the handle is read again or the next number tried.
	 */
	String ensure(UUID accountId, String displayName, Instant now) {
		String base = base(displayName);
		String name = displayName == null || displayName.isBlank() ? base : displayName.strip();
		for (int attempt = 0; attempt < 50; attempt++) {
			String existing = handleOf(accountId);
			if (existing != null) {
				return existing;
			}
			String handle = base;
			for (int n = 2; exists(handle); n++) {
				String suffix = "-" + n;
				handle = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
			}
			jdbc.sql("""
					insert into community_handle (account_id, handle, display_name, created_at)
					values (:account, :handle, :name, :now) on conflict do nothing""").param("account", accountId)
					.param("handle", handle).param("name", name).param("now", now.atOffset(ZoneOffset.UTC)).update();
		}
		throw new IllegalStateException("No free handle for '" + base + "' after 50 tries");
	}

	/** The handle a display name gives before any number is added. */
	static String base(String displayName) {
		String plain = Normalizer.normalize(displayName == null ? "" : displayName, Normalizer.Form.NFD)
				.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
				.replaceAll("(^-+|-+$)", "");
		if (plain.length() > MAX) {
			plain = plain.substring(0, MAX).replaceAll("-+$", "");
		}
		// "new" would read /community/members/new as the page to start a thread in a
		// space "members"
		return plain.isEmpty() ? "member" : plain.equals("new") ? "new-member" : plain;
	}
}
