package app.agora.parties.internal;

import app.agora.parties.LifecycleStage;
import app.agora.parties.StageChange;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class StageHistory {

	private final JdbcClient jdbc;

	StageHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(UUID partyId, LifecycleStage stage, LifecycleStage previous, String reason, UUID competitorId,
			String actor, Instant at) {
		jdbc.sql(
				"""
						insert into lifecycle_change (id, party_id, stage, previous, reason, competitor_id, changed_by, changed_at)
						values (:id, :party, :stage, :previous, :reason, :competitor, :by, :at)""")
				.param("id", UUID.randomUUID()).param("party", partyId).param("stage", stage.name())
				.param("previous", previous == null ? null : previous.name()).param("reason", reason)
				.param("competitor", competitorId).param("by", actor).param("at", Timestamp.from(at)).update();
	}

	public List<StageChange> of(UUID partyId) {
		return jdbc.sql("""
				select c.id, c.stage, c.previous, c.reason, c.competitor_id, p.display_name as competitor_name,
				       c.changed_by, c.changed_at
				from lifecycle_change c left join party p on p.id = c.competitor_id
				where c.party_id = :party order by c.changed_at desc, c.id""").param("party", partyId)
				.query((rs, i) -> new StageChange(rs.getObject("id", UUID.class),
						LifecycleStage.valueOf(rs.getString("stage")),
						rs.getString("previous") == null ? null : LifecycleStage.valueOf(rs.getString("previous")),
						rs.getString("reason"), rs.getObject("competitor_id", UUID.class),
						rs.getString("competitor_name"), rs.getString("changed_by"),
						rs.getTimestamp("changed_at").toInstant()))
				.list();
	}
}
