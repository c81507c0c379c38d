package app.agora.listening.internal;

import app.agora.listening.SignalRule;
import app.agora.listening.SignalScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signal rules, one per scope. */
@Repository
class RuleStore {

	private final JdbcClient jdbc;

	RuleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SignalRule> all() {
		return jdbc.sql("select * from listening_signal_rule order by case scope when 'THEME' then 0 "
				+ "when 'PRODUCT' then 1 else 2 end").query(RuleStore::row).list();
	}

	Optional<SignalRule> of(SignalScope scope) {
		return jdbc.sql("select * from listening_signal_rule where scope = :scope").param("scope", scope.name())
				.query(RuleStore::row).optional();
	}

	void update(SignalRule rule, String by, Instant now) {
		jdbc.sql("""
				update listening_signal_rule set enabled = :enabled, window_days = :window, min_customers = :customers,
				  min_coherence = :coherence, min_agreement = :agreement, min_rise = :rise,
				  baseline_windows = :baseline, cooldown_days = :cooldown, updated_by = :by, updated_at = :now
				where scope = :scope""").param("scope", rule.scope().name()).param("enabled", rule.enabled())
				.param("window", rule.windowDays()).param("customers", rule.minCustomers())
				.param("coherence", rule.minCoherence()).param("agreement", rule.minAgreement())
				.param("rise", rule.minRise()).param("baseline", rule.baselineWindows())
				.param("cooldown", rule.cooldownDays()).param("by", by).param("now", FeedbackStore.utc(now)).update();
	}

	private static SignalRule row(ResultSet rs, int n) throws SQLException {
		return new SignalRule(SignalScope.valueOf(rs.getString("scope")), rs.getBoolean("enabled"),
				rs.getInt("window_days"), rs.getInt("min_customers"), rs.getDouble("min_coherence"),
				rs.getDouble("min_agreement"), rs.getDouble("min_rise"), rs.getInt("baseline_windows"),
				rs.getInt("cooldown_days"), rs.getString("updated_by"), FeedbackStore.instant(rs, "updated_at"));
	}
}
