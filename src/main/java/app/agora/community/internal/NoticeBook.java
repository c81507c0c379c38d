package app.agora.community.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every notification the community gave, once per (recipient, kind, ref): the
 * key that makes a redelivered event notify nobody twice, and the list the
 * email digest is made from.
 */
@Repository
class NoticeBook {

	private final JdbcClient jdbc;

	NoticeBook(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A notification to record, with the id of the message the outreach gate is
	 * then asked to send.
	 */
	record Notice(UUID recipientAccountId, UUID recipientPartyId, NoticeKind kind, String ref, String spaceSlug,
			Long threadId, Long postId, String subject, String body, UUID messageId) {
	}

	/** A recorded notification. */
	record Given(long id, UUID recipientAccountId, NoticeKind kind, String ref, String subject, String body,
			Instant createdAt, UUID messageId) {
	}

	/** Records it unless it was already given; answers whether it was not. */
	boolean record(Notice n, Instant now) {
		return jdbc.sql("""
				insert into community_notification (recipient_account_id, recipient_party_id, kind, ref, space_slug,
				  thread_id, post_id, subject, body, created_at, message_id)
				select :account, :party, :kind, :ref, :space, cast(:thread as bigint), cast(:post as bigint), :subject,
				  :body, :now, :message
				where not exists (select 1 from community_notification
				  where recipient_account_id = :account and kind = :kind and ref = :ref)""")
				.param("account", n.recipientAccountId()).param("party", n.recipientPartyId())
				.param("kind", n.kind().name()).param("ref", n.ref()).param("space", n.spaceSlug())
				.param("thread", n.threadId()).param("post", n.postId()).param("subject", n.subject())
				.param("body", n.body()).param("now", now.atOffset(ZoneOffset.UTC)).param("message", n.messageId())
				.update() > 0;
	}

	/** The account's notifications not yet in a digest, oldest first. */
	List<Given> undigested(UUID account) {
		return jdbc.sql("""
				select id, recipient_account_id, kind, ref, subject, body, created_at, message_id
				from community_notification where recipient_account_id = :account and digested_at is null
				order by created_at, id""").param("account", account).query(NoticeBook::map).list();
	}

	/** The account's notifications, newest first (for tests and the demo). */
	List<Given> of(UUID account) {
		return jdbc.sql("""
				select id, recipient_account_id, kind, ref, subject, body, created_at, message_id
				from community_notification where recipient_account_id = :account order by created_at desc, id desc""")
				.param("account", account).query(NoticeBook::map).list();
	}

	void markDigested(Collection<Long> ids, Instant now) {
		if (!ids.isEmpty()) {
			jdbc.sql("update community_notification set digested_at = :now where id in (:ids) and digested_at is null")
					.param("now", now.atOffset(ZoneOffset.UTC)).param("ids", ids).update();
		}
	}

	private static Given map(ResultSet rs, int row) throws SQLException {
		return new Given(rs.getLong("id"), rs.getObject("recipient_account_id", UUID.class),
				NoticeKind.valueOf(rs.getString("kind")), rs.getString("ref"), rs.getString("subject"),
				rs.getString("body"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("message_id", UUID.class));
	}
}
