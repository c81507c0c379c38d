package app.agora.community.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who follows which space (told of new threads) or thread (told of replies).
 * Pages ask {@code @communityFollows.follows(...)} to show the right button.
 */
@Repository("communityFollows")
class Follows {

	enum Target {
		SPACE, THREAD
	}

	/** A space or thread someone follows, as their list shows it. */
	record Followed(Target target, long id, String spaceSlug, String title, String path) {
	}

	private final JdbcClient jdbc;

	Follows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * True when the follow is new; following twice at once (a double click) leaves
	 * one follow and no error.
	 */
	boolean follow(UUID account, Target target, long id, Instant now) {
		return jdbc.sql("""
				insert into community_follow (account_id, target, target_id, created_at)
				values (:account, :target, :id, :now) on conflict do nothing""").param("account", account)
				.param("target", target.name()).param("id", id).param("now", now.atOffset(ZoneOffset.UTC)).update() > 0;
	}

	boolean unfollow(UUID account, Target target, long id) {
		return jdbc.sql(
				"delete from community_follow where account_id = :account and target = :target and target_id = :id")
				.param("account", account).param("target", target.name()).param("id", id).update() > 0;
	}

	/** For pages: whether this account follows the space or thread. */
	public boolean follows(UUID account, String target, long id) {
		return account != null && jdbc.sql("""
				select count(*) from community_follow where account_id = :account and target = :target
				  and target_id = :id""").param("account", account).param("target", Target.valueOf(target).name())
				.param("id", id).query(Long.class).single() > 0;
	}

	/**
	 * Who followed the space or thread by {@code at} (when the post was written):
	 * someone who follows later, or a listener that runs late, tells nobody of what
	 * came before the follow.
	 */
	List<UUID> followers(Target target, long id, Instant at) {
		return jdbc.sql("""
				select account_id from community_follow
				where target = :target and target_id = :id and created_at <= :at""").param("target", target.name())
				.param("id", id).param("at", at.atOffset(ZoneOffset.UTC)).query(UUID.class).list();
	}

	/** What the account follows; the caller drops what they may no longer read. */
	List<Followed> of(UUID account) {
		List<Followed> spaces = jdbc.sql("""
				select s.id, s.slug, s.name from community_follow f join community_space s on s.id = f.target_id
				where f.account_id = :account and f.target = 'SPACE' order by s.name""").param("account", account)
				.query((rs, n) -> new Followed(Target.SPACE, rs.getLong("id"), rs.getString("slug"),
						rs.getString("name"), "/community/" + rs.getString("slug")))
				.list();
		List<Followed> threads = jdbc.sql("""
				select t.id, s.slug, t.title from community_follow f join community_thread t on t.id = f.target_id
				  join community_space s on s.id = t.space_id
				where f.account_id = :account and f.target = 'THREAD' and t.status = 'VISIBLE'
				order by t.last_activity_at desc""").param("account", account)
				.query((rs, n) -> new Followed(Target.THREAD, rs.getLong("id"), rs.getString("slug"),
						rs.getString("title"), "/community/" + rs.getString("slug") + "/t/" + rs.getLong("id") + "-"
								+ app.agora.community.Slugs.of(rs.getString("title"))))
				.list();
		return java.util.stream.Stream.concat(spaces.stream(), threads.stream()).toList();
	}
}
