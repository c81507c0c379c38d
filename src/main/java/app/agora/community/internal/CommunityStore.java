package app.agora.community.internal;

import app.agora.community.Post;
import app.agora.community.PostRevision;
import app.agora.community.PostStatus;
import app.agora.community.Space;
import app.agora.community.SpaceDraft;
import app.agora.community.ThreadKind;
import app.agora.community.ThreadSummary;
import app.agora.community.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The community tables through plain, parameterised SQL.
 */
@Repository
class CommunityStore {

	private static final String THREAD_COLUMNS = "t.id, s.slug, t.kind, t.title, t.product_name, t.author_name, "
			+ "t.locked, t.post_count, t.created_at, t.last_activity_at";

	private static final String POST_COLUMNS = "p.id, p.thread_id, p.author_account_id, p.author_name, p.source, "
			+ "p.html, p.status, p.version, p.created_at, p.edited_at, q.id as q_id, q.author_name as q_author, "
			+ "q.source as q_source";

	private final JdbcClient jdbc;
	private final KnownSpaces spaces;

	CommunityStore(JdbcClient jdbc, KnownSpaces spaces) {
		this.jdbc = jdbc;
		this.spaces = spaces;
	}

	// spaces

	List<Space> spaces() {
		return jdbc.sql("select id from community_space order by name").query(Long.class).list().stream()
				.map(id -> spaceById(id).orElseThrow()).toList();
	}

	Optional<Space> spaceBySlug(String slug) {
		Long known = spaces.idOf(slug);
		if (known != null) {
			return spaceById(known);
		}
		return jdbc.sql("select id from community_space where slug = :slug").param("slug", slug).query(Long.class)
				.optional().flatMap(this::spaceById);
	}

	Optional<Space> spaceById(long id) {
		KnownSpaces.Shape shape = spaces.shape(id, this::readShape);
		if (shape == null) {
			return Optional.empty();
		}
		return Optional.of(new Space(shape.id(), shape.slug(), shape.name(), shape.description(), shape.visibility(),
				shape.products(), shape.members(), shape.moderators(), spaces.threadCount(id, () -> countThreads(id))));
	}

	private KnownSpaces.Shape readShape(long id) {
		return jdbc.sql("select id, slug, name, description, visibility from community_space where id = :id")
				.param("id", id)
				.query((rs, n) -> new KnownSpaces.Shape(id, rs.getString("slug"), rs.getString("name"),
						rs.getString("description"), Visibility.valueOf(rs.getString("visibility")),
						jdbc.sql("select product_name from community_space_product where space_id = :id "
								+ "order by product_name").param("id", id).query(String.class).list(),
						accounts(id, "MEMBER"), accounts(id, "MODERATOR")))
				.optional().orElse(null);
	}

	private List<UUID> accounts(long spaceId, String role) {
		return jdbc.sql("select account_id from community_space_member where space_id = :id and role = :role")
				.param("id", spaceId).param("role", role).query(UUID.class).list();
	}

	long insertSpace(SpaceDraft draft, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into community_space (slug, name, description, visibility, created_at, updated_at)
				values (:slug, :name, :description, :visibility, :now, :now)""").param("slug", draft.slug())
				.param("name", draft.name()).param("description", draft.description())
				.param("visibility", draft.visibility().name()).param("now", at(now)).update(keys, "id");
		long id = keys.getKey().longValue();
		writeSpaceLists(id, draft);
		spaces.changed();
		return id;
	}

	void updateSpace(long id, SpaceDraft draft, Instant now) {
		jdbc.sql("""
				update community_space set slug = :slug, name = :name, description = :description,
				  visibility = :visibility, updated_at = :now where id = :id""").param("slug", draft.slug())
				.param("name", draft.name()).param("description", draft.description())
				.param("visibility", draft.visibility().name()).param("now", at(now)).param("id", id).update();
		jdbc.sql("delete from community_space_product where space_id = :id").param("id", id).update();
		jdbc.sql("delete from community_space_member where space_id = :id").param("id", id).update();
		writeSpaceLists(id, draft);
		spaces.changed();
	}

	private void writeSpaceLists(long id, SpaceDraft draft) {
		for (String product : draft.products().stream().distinct().toList()) {
			jdbc.sql("insert into community_space_product (space_id, product_name) values (:id, :product)")
					.param("id", id).param("product", product).update();
		}
		for (UUID moderator : draft.moderators().stream().distinct().toList()) {
			addMember(id, moderator, "MODERATOR");
		}
		for (UUID member : draft.members().stream().distinct().filter(m -> !draft.moderators().contains(m)).toList()) {
			addMember(id, member, "MEMBER");
		}
	}

	private void addMember(long spaceId, UUID account, String role) {
		jdbc.sql("insert into community_space_member (space_id, account_id, role) values (:id, :account, :role)")
				.param("id", spaceId).param("account", account).param("role", role).update();
	}

	boolean slugTaken(String slug, Long exceptSpaceId) {
		return jdbc.sql("select count(*) from community_space where slug = :slug and id <> :except").param("slug", slug)
				.param("except", exceptSpaceId == null ? -1L : exceptSpaceId).query(Long.class).single() > 0;
	}

	// threads

	long countThreads(long spaceId) {
		return jdbc.sql("select count(*) from community_thread where space_id = :id and status = 'VISIBLE'")
				.param("id", spaceId).query(Long.class).single();
	}

	List<ThreadSummary> threads(long spaceId, int offset, int limit) {
		return jdbc.sql("select " + THREAD_COLUMNS + """
				 from community_thread t join community_space s on s.id = t.space_id
				where t.space_id = :id and t.status = 'VISIBLE'
				order by t.last_activity_at desc, t.id desc offset :offset rows fetch next :limit rows only""")
				.param("id", spaceId).param("offset", offset).param("limit", limit).query(this::mapThread).list();
	}

	Optional<ThreadSummary> thread(long spaceId, long threadId) {
		return jdbc.sql("select " + THREAD_COLUMNS + """
				 from community_thread t join community_space s on s.id = t.space_id
				where t.space_id = :space and t.id = :id and t.status = 'VISIBLE'""").param("space", spaceId)
				.param("id", threadId).query(this::mapThread).optional();
	}

	/** A thread in any status: its author sees it while it waits for approval. */
	Optional<ThreadSummary> threadInAnyStatus(long spaceId, long threadId) {
		return jdbc.sql("select " + THREAD_COLUMNS + """
				 from community_thread t join community_space s on s.id = t.space_id
				where t.space_id = :space and t.id = :id""").param("space", spaceId).param("id", threadId)
				.query(this::mapThread).optional();
	}

	long insertThread(long spaceId, ThreadKind kind, String title, String productName, Author author, Instant now,
			PostStatus status) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into community_thread (space_id, kind, title, product_name, author_account_id,
				  author_party_id, author_name, created_at, last_activity_at, status)
				values (:space, :kind, :title, :product, :account, :party, :name, :now, :now, :status)""")
				.param("status", status.name()).param("space", spaceId).param("kind", kind.name()).param("title", title)
				.param("product", productName).param("account", author.accountId()).param("party", author.partyId())
				.param("name", author.name()).param("now", at(now)).update(keys, "id");
		spaces.threadsChanged();
		return keys.getKey().longValue();
	}

	void setLocked(long threadId, boolean locked) {
		jdbc.sql("update community_thread set locked = :locked where id = :id").param("locked", locked)
				.param("id", threadId).update();
	}

	// posts

	/**
	 * A post waiting for approval (PENDING) does not count in the thread until it
	 * is approved.
	 */
	/**
	 * Stores a post and answers it as a read would (the quote shown only when the
	 * quoted post is visible).
	 */
	Post insertPost(long threadId, Author author, String source, String html, Post quoted, Instant now,
			PostStatus status) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into community_post (thread_id, author_account_id, author_party_id, author_name, source, html,
				  quoted_post_id, created_at, status)
				values (:thread, :account, :party, :name, :source, :html, :quoted, :now, :status)""")
				.param("status", status.name()).param("thread", threadId).param("account", author.accountId())
				.param("party", author.partyId()).param("name", author.name()).param("source", source)
				.param("html", html).param("quoted", quoted == null ? null : quoted.id()).param("now", at(now))
				.update(keys, "id");
		if (status == PostStatus.VISIBLE) {
			jdbc.sql("""
					update community_thread set post_count = post_count + 1, last_activity_at = :now
					where id = :thread""").param("now", at(now)).param("thread", threadId).update();
		}
		Post.Quote quote = quoted == null || quoted.status() != PostStatus.VISIBLE
				? null
				: new Post.Quote(quoted.id(), quoted.authorName(), excerpt(quoted.source()));
		return new Post(keys.getKey().longValue(), threadId, author.accountId(), author.name(), source, html, quote,
				status, 0, now, null);
	}

	int countPosts(long threadId) {
		return jdbc.sql("select count(*) from community_post where thread_id = :id and status = 'VISIBLE'")
				.param("id", threadId).query(Integer.class).single();
	}

	List<Post> posts(long threadId, int offset, int limit) {
		return jdbc.sql("select " + POST_COLUMNS + """
				 from community_post p left join community_post q on q.id = p.quoted_post_id and q.status = 'VISIBLE'
				where p.thread_id = :id and p.status = 'VISIBLE'
				order by p.id offset :offset rows fetch next :limit rows only""").param("id", threadId)
				.param("offset", offset).param("limit", limit).query(this::mapPost).list();
	}

	Optional<Post> post(long postId) {
		return jdbc.sql("select " + POST_COLUMNS + """
				 from community_post p left join community_post q on q.id = p.quoted_post_id and q.status = 'VISIBLE'
				where p.id = :id""").param("id", postId).query(this::mapPost).optional();
	}

	/** The space id and thread id a post belongs to. */
	Optional<long[]> placeOf(long postId) {
		return jdbc.sql("""
				select t.space_id, t.id from community_post p join community_thread t on t.id = p.thread_id
				where p.id = :id""").param("id", postId).query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)})
				.optional();
	}

	/** Replaces the post's text if it is still at {@code version}; false if not. */
	boolean updatePost(Post old, String source, String html, UUID editor, Instant now) {
		int changed = jdbc.sql("""
				update community_post set source = :source, html = :html, version = version + 1, edited_at = :now
				where id = :id and version = :version""").param("source", source).param("html", html)
				.param("now", at(now)).param("id", old.id()).param("version", old.version()).update();
		if (changed == 0) {
			return false;
		}
		jdbc.sql("""
				insert into community_post_revision (post_id, version, source, html, written_at, replaced_at,
				  replaced_by) values (:post, :version, :source, :html, :written, :now, :editor)""")
				.param("post", old.id()).param("version", old.version()).param("source", old.source())
				.param("html", old.html())
				.param("written", at(old.editedAt() != null ? old.editedAt() : old.createdAt())).param("now", at(now))
				.param("editor", editor).update();
		return true;
	}

	List<PostRevision> revisions(long postId) {
		return jdbc.sql("""
				select post_id, version, source, html, written_at, replaced_at from community_post_revision
				where post_id = :id order by version""").param("id", postId)
				.query((rs, n) -> new PostRevision(rs.getLong("post_id"), rs.getInt("version"), rs.getString("source"),
						rs.getString("html"), instant(rs, "written_at"), instant(rs, "replaced_at")))
				.list();
	}

	private ThreadSummary mapThread(ResultSet rs, int row) throws SQLException {
		return new ThreadSummary(rs.getLong("id"), rs.getString("slug"), ThreadKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("product_name"), rs.getString("author_name"),
				rs.getBoolean("locked"), rs.getInt("post_count"), instant(rs, "created_at"),
				instant(rs, "last_activity_at"));
	}

	private Post mapPost(ResultSet rs, int row) throws SQLException {
		long quoteId = rs.getLong("q_id");
		Post.Quote quote = rs.wasNull()
				? null
				: new Post.Quote(quoteId, rs.getString("q_author"), excerpt(rs.getString("q_source")));
		return new Post(rs.getLong("id"), rs.getLong("thread_id"), rs.getObject("author_account_id", UUID.class),
				rs.getString("author_name"), rs.getString("source"), rs.getString("html"), quote,
				PostStatus.valueOf(rs.getString("status")), rs.getInt("version"), instant(rs, "created_at"),
				instant(rs, "edited_at"));
	}

	private static String excerpt(String source) {
		String flat = source.replaceAll("\\s+", " ").trim();
		return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** Who writes, as stored beside threads and posts. */
	record Author(UUID accountId, UUID partyId, String name) {
	}

}
