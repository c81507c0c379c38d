package app.agora.community.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each member's choice of email digest (off, daily, weekly) and when the last
 * went out.
 */
@Repository
class DigestSettings {

	enum Frequency {
		OFF(null), DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

		final Duration period;

		Frequency(Duration period) {
			this.period = period;
		}
	}

	record Setting(UUID accountId, UUID partyId, Frequency frequency, Instant lastSentAt) {
	}

	/**
	 * A run may start a little earlier than a full period after the last one (the
	 * scheduler is not exact), so a digest is due an hour before.
	 */
	static final Duration SLACK = Duration.ofHours(1);

	private final JdbcClient jdbc;

	DigestSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The member's setting; OFF when they never chose. */
	Setting of(UUID account, UUID party) {
		return jdbc
				.sql("select account_id, party_id, frequency, last_sent_at from community_digest_setting "
						+ "where account_id = :account")
				.param("account", account).query(DigestSettings::map).optional()
				.orElse(new Setting(account, party, Frequency.OFF, null));
	}

	void choose(UUID account, UUID party, Frequency frequency, Instant now) {
		int changed = jdbc.sql("""
				update community_digest_setting set frequency = :frequency, party_id = :party, updated_at = :now
				where account_id = :account""").param("frequency", frequency.name()).param("party", party)
				.param("now", at(now)).param("account", account).update();
		if (changed == 0) {
			jdbc.sql("""
					insert into community_digest_setting (account_id, party_id, frequency, updated_at)
					values (:account, :party, :frequency, :now)""").param("account", account).param("party", party)
					.param("frequency", frequency.name()).param("now", at(now)).update();
		}
	}

	/** Everyone whose digest is due at {@code now}. */
	List<Setting> due(Instant now) {
		return jdbc
				.sql("select account_id, party_id, frequency, last_sent_at from community_digest_setting "
						+ "where frequency <> 'OFF' order by account_id")
				.query(DigestSettings::map).list().stream().filter(s -> s.lastSentAt() == null
						|| !s.lastSentAt().plus(s.frequency().period).minus(SLACK).isAfter(now))
				.toList();
	}

	void sent(UUID account, Instant now) {
		jdbc.sql("update community_digest_setting set last_sent_at = :now where account_id = :account")
				.param("now", at(now)).param("account", account).update();
	}

	Optional<Instant> lastSent(UUID account) {
		return jdbc.sql("select last_sent_at from community_digest_setting where account_id = :account")
				.param("account", account).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
	}

	private static Setting map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		OffsetDateTime last = rs.getObject("last_sent_at", OffsetDateTime.class);
		return new Setting(rs.getObject("account_id", UUID.class), rs.getObject("party_id", UUID.class),
				Frequency.valueOf(rs.getString("frequency")), last == null ? null : last.toInstant());
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
