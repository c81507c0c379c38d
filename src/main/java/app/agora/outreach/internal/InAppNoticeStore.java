package app.agora.outreach.internal;

import app.agora.outreach.InAppNotices;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers {@link InAppNotices} from the in-app notifications table; every query
 * is scoped to one party. The layout reads the unread count as
 * {@code @inAppNotices}.
 */
@Component("inAppNotices")
class InAppNoticeStore implements InAppNotices {

	private final Notifications notifications;
	private final JdbcClient jdbc;

	InAppNoticeStore(Notifications notifications, JdbcClient jdbc) {
		this.notifications = notifications;
		this.jdbc = jdbc;
	}

	@Override
	public long unread(UUID partyId) {
		return partyId == null ? 0 : notifications.unread(partyId);
	}

	@Override
	public Set<UUID> read(UUID partyId, Collection<UUID> messageIds) {
		if (partyId == null || messageIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select message_id from outreach_notification
				where party_id = :party and read_at is not null and message_id in (:ids)""").param("party", partyId)
				.param("ids", messageIds).query(UUID.class).list());
	}
}
