package app.agora.federation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who looked at whose view, when and through what; the customer reads their own
 * part of it.
 */
@Service
public class ViewAccessLog {

	private final JdbcClient jdbc;
	private final Clock clock;

	ViewAccessLog(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public void record(UUID partyId, Viewer viewer, String channel) {
		jdbc.sql("""
				insert into view_access (id, party_id, viewer_account_id, viewer_name, viewer_staff, viewed_at, channel)
				values (:id, :party, :account, :name, :staff, :at, :channel)""").param("id", UUID.randomUUID())
				.param("party", partyId).param("account", viewer.accountId()).param("name", viewer.name())
				.param("staff", viewer.staff()).param("at", Instant.now(clock).atOffset(ZoneOffset.UTC))
				.param("channel", channel).update();
	}

	/** Newest first. */
	public List<ViewAccess> of(UUID partyId, int limit) {
		return jdbc.sql("""
				select party_id, viewer_name, viewer_staff, viewed_at, channel from view_access
				where party_id = :party order by viewed_at desc limit :limit""").param("party", partyId)
				.param("limit", Math.clamp(limit, 1, 1000))
				.query((rs, n) -> new ViewAccess(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
						rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)))
				.list();
	}
}
