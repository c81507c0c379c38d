package app.agora.community.internal.feeds;

import app.agora.community.ThreadKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The newest visible threads for feeds and the public addresses for the
 * sitemap, straight from the community tables.
 */
@Repository
class FeedStore {

	static final int ENTRIES = 20;

	private static final String ENTRY = """
			select t.id, s.slug, s.name, t.kind, t.title, t.author_name, t.created_at, t.last_activity_at, p.html
			from community_thread t join community_space s on s.id = t.space_id
			join community_post p on p.id = (select min(f.id) from community_post f
			  where f.thread_id = t.id and f.status = 'VISIBLE')
			where t.status = 'VISIBLE'""";

	private final JdbcClient jdbc;

	FeedStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest threads of one space, of one kind or all. */
	List<FeedEntry> newestInSpace(long spaceId, ThreadKind kind) {
		return jdbc
				.sql(ENTRY + " and t.space_id = :space and (:kind = '' or t.kind = :kind)"
						+ " order by t.created_at desc, t.id desc fetch first " + ENTRIES + " rows only")
				.param("space", spaceId).param("kind", kind == null ? "" : kind.name()).query(this::entry).list();
	}

	/** The newest threads of one kind across the public spaces. */
	List<FeedEntry> newestPublic(ThreadKind kind) {
		return jdbc
				.sql(ENTRY + " and s.visibility = 'PUBLIC' and t.kind = :kind"
						+ " order by t.created_at desc, t.id desc fetch first " + ENTRIES + " rows only")
				.param("kind", kind.name()).query(this::entry).list();
	}

	/**
	 * Public spaces and visible threads in them: how many addresses the sitemap
	 * lists besides /community.
	 */
	long countPublicAddresses() {
		return jdbc.sql("""
				select (select count(*) from community_space where visibility = 'PUBLIC')
				  + (select count(*) from community_thread t join community_space s on s.id = t.space_id
				     where s.visibility = 'PUBLIC' and t.status = 'VISIBLE')""").query(Long.class).single();
	}

	record Address(String path, Instant lastModified) {
	}

	/**
	 * Public spaces (by name), then their visible threads (by id), from
	 * {@code offset}.
	 */
	List<Address> publicAddresses(long offset, int limit) {
		List<Address> spaces = jdbc.sql("""
				select s.slug, greatest(s.updated_at, coalesce((select max(t.last_activity_at) from community_thread t
				  where t.space_id = s.id and t.status = 'VISIBLE'), s.updated_at)) as modified
				from community_space s where s.visibility = 'PUBLIC' order by s.name, s.id""")
				.query((rs, n) -> new Address("/community/" + rs.getString("slug"), instant(rs, "modified"))).list();
		List<Address> page = new java.util.ArrayList<>();
		for (long i = offset; i < spaces.size() && page.size() < limit; i++) {
			page.add(spaces.get((int) i));
		}
		long threadOffset = Math.max(0, offset - spaces.size());
		int left = limit - page.size();
		if (left > 0) {
			page.addAll(
					jdbc.sql("""
							select t.id, t.title, s.slug, t.last_activity_at from community_thread t
							join community_space s on s.id = t.space_id
							where s.visibility = 'PUBLIC' and t.status = 'VISIBLE'
							order by t.id offset :offset rows fetch next :limit rows only""")
							.param("offset", threadOffset).param("limit", left)
							.query((rs, n) -> new Address(
									new FeedEntry(rs.getLong("id"), rs.getString("slug"), null, null,
											rs.getString("title"), null, null, null, null).path(),
									instant(rs, "last_activity_at")))
							.list());
		}
		return page;
	}

	private FeedEntry entry(ResultSet rs, int n) throws SQLException {
		return new FeedEntry(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
				ThreadKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("author_name"),
				instant(rs, "created_at"), instant(rs, "last_activity_at"), rs.getString("html"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}
}
