package app.agora.community.internal;

import app.agora.community.Slugs;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A member's visible posts in the spaces a reader may see, newest first. */
@Repository
class MemberPosts {

	static final int LIMIT = 50;

	private final JdbcClient jdbc;

	MemberPosts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record MemberPost(long postId, long threadId, String threadTitle, String spaceSlug, String spaceName, String path,
			String excerpt, Instant createdAt) {
	}

	List<MemberPost> of(UUID account, Collection<Long> readableSpaces) {
		if (readableSpaces.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select p.id, p.thread_id, p.source, p.created_at, t.title, s.slug, s.name
				from community_post p join community_thread t on t.id = p.thread_id
				  join community_space s on s.id = t.space_id
				where p.author_account_id = :account and p.status = 'VISIBLE' and t.status = 'VISIBLE'
				  and s.id in (:spaces)
				order by p.created_at desc, p.id desc fetch first :limit rows only""").param("account", account)
				.param("spaces", readableSpaces).param("limit", LIMIT).query((rs, n) -> {
					String flat = rs.getString("source").replaceAll("\\s+", " ").strip();
					String path = "/community/" + rs.getString("slug") + "/t/" + rs.getLong("thread_id") + "-"
							+ Slugs.of(rs.getString("title")) + "#post-" + rs.getLong("id");
					return new MemberPost(rs.getLong("id"), rs.getLong("thread_id"), rs.getString("title"),
							rs.getString("slug"), rs.getString("name"), path,
							flat.length() > 240 ? flat.substring(0, 239) + "…" : flat,
							rs.getObject("created_at", OffsetDateTime.class).toInstant());
				}).list();
	}
}
