package app.agora.outreach.internal;

import app.agora.parties.PartiesMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When two parties become one, the absorbed party's contact choices, delivery
 * log, held-back messages and notifications move to the survivor. Where both
 * made a choice (preferences, a consent, a cap) the survivor's stands. Runs in
 * the merge's transaction, before the absorbed party is deleted.
 */
@Component
class OutreachFollowsMerges {

	private final JdbcClient jdbc;

	OutreachFollowsMerges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(PartiesMerged merged) {
		// Consents and caps hang on the preference row, whose key cannot change in
		// place: copy the row, then move the children the survivor lacks.
		run("""
				insert into outreach_preference (party_id, version, quiet_start, quiet_end, time_zone, updated_at, updated_by)
				select :survivor, 0, quiet_start, quiet_end, time_zone, updated_at, updated_by
				from outreach_preference where party_id = :absorbed
				and not exists (select 1 from outreach_preference where party_id = :survivor)""",
				merged);
		run("""
				insert into outreach_consent (party_id, channel, purpose, granted)
				select :survivor, channel, purpose, granted from outreach_consent a where a.party_id = :absorbed
				and exists (select 1 from outreach_preference where party_id = :survivor)
				and not exists (select 1 from outreach_consent s
				  where s.party_id = :survivor and s.channel = a.channel and s.purpose = a.purpose)""", merged);
		run("""
				insert into outreach_cap (party_id, purpose, max_per_week)
				select :survivor, purpose, max_per_week from outreach_cap a where a.party_id = :absorbed
				and not exists (select 1 from outreach_cap s where s.party_id = :survivor and s.purpose = a.purpose)""",
				merged);
		run("delete from outreach_preference where party_id = :absorbed", merged);
		run("update outreach_delivery set party_id = :survivor where party_id = :absorbed", merged);
		run("update outreach_deferred set party_id = :survivor where party_id = :absorbed", merged);
		run("update outreach_notification set party_id = :survivor where party_id = :absorbed", merged);
	}

	private void run(String sql, PartiesMerged merged) {
		jdbc.sql(sql).param("survivor", merged.survivor()).param("absorbed", merged.absorbed()).update();
	}
}
