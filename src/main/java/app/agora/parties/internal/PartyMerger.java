package app.agora.parties.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The parties module's own part of a merge: the survivor takes the absorbed
 * party's blank fields, roles, relationships, stage history and timeline, and
 * the absorbed id redirects to the survivor from then on.
 */
@Component
public class PartyMerger {

	private final JdbcClient jdbc;

	PartyMerger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void moveRows(UUID survivor, UUID absorbed, Instant at, String by, String reason) {
		fillBlanks(survivor, absorbed, at);
		jdbc.sql("""
				insert into party_role (party_id, role, since, until)
				select :survivor, role, since, until from party_role a where a.party_id = :absorbed
				and not exists (select 1 from party_role s where s.party_id = :survivor and s.role = a.role)""")
				.param("survivor", survivor).param("absorbed", absorbed).update();
		// A relationship between the two would become one with itself.
		jdbc.sql("""
				delete from party_relationship where (from_party = :survivor and to_party = :absorbed)
				or (from_party = :absorbed and to_party = :survivor)""").param("survivor", survivor)
				.param("absorbed", absorbed).update();
		jdbc.sql("""
				update party_relationship r set from_party = :survivor where from_party = :absorbed
				and not exists (select 1 from party_relationship s
				  where s.from_party = :survivor and s.kind = r.kind and s.to_party = r.to_party)""")
				.param("survivor", survivor).param("absorbed", absorbed).update();
		jdbc.sql("""
				update party_relationship r set to_party = :survivor where to_party = :absorbed
				and not exists (select 1 from party_relationship s
				  where s.to_party = :survivor and s.kind = r.kind and s.from_party = r.from_party)""")
				.param("survivor", survivor).param("absorbed", absorbed).update();
		move("update lifecycle_change set party_id = :survivor where party_id = :absorbed", survivor, absorbed);
		move("update lifecycle_change set competitor_id = :survivor where competitor_id = :absorbed", survivor,
				absorbed);
		move("update timeline_entry set party_id = :survivor where party_id = :absorbed", survivor, absorbed);
		move("update party_import set requested_by_party = :survivor where requested_by_party = :absorbed", survivor,
				absorbed);
		move("update party_redirect set party_id = :survivor where party_id = :absorbed", survivor, absorbed);
		jdbc.sql("""
				insert into party_redirect (absorbed_id, party_id, merged_at, merged_by, reason)
				values (:absorbed, :survivor, :at, :by, :reason)""").param("absorbed", absorbed)
				.param("survivor", survivor).param("at", Timestamp.from(at)).param("by", by).param("reason", reason)
				.update();
	}

	public void delete(UUID absorbed) {
		jdbc.sql("delete from party where id = :id").param("id", absorbed).update();
	}

	/** The party an absorbed id now stands for. */
	public Optional<UUID> redirectOf(UUID id) {
		return jdbc.sql("select party_id from party_redirect where absorbed_id = :id").param("id", id).query(UUID.class)
				.optional();
	}

	private void fillBlanks(UUID survivor, UUID absorbed, Instant at) {
		jdbc.sql("""
				update party set
				  given_name = coalesce(given_name, (select a.given_name from party a where a.id = :absorbed)),
				  family_name = coalesce(family_name, (select a.family_name from party a where a.id = :absorbed)),
				  organisation_name = coalesce(organisation_name,
				    (select a.organisation_name from party a where a.id = :absorbed)),
				  email_key = case when email is null
				    then (select a.email_key from party a where a.id = :absorbed) else email_key end,
				  email = coalesce(email, (select a.email from party a where a.id = :absorbed)),
				  phone_key = case when phone is null
				    then (select a.phone_key from party a where a.id = :absorbed) else phone_key end,
				  phone = coalesce(phone, (select a.phone from party a where a.id = :absorbed)),
				  city = coalesce(city, (select a.city from party a where a.id = :absorbed)),
				  country = coalesce(country, (select a.country from party a where a.id = :absorbed)),
				  version = version + 1,
				  updated_at = :at
				where id = :survivor""").param("survivor", survivor).param("absorbed", absorbed)
				.param("at", Timestamp.from(at)).update();
	}

	private void move(String sql, UUID survivor, UUID absorbed) {
		jdbc.sql(sql).param("survivor", survivor).param("absorbed", absorbed).update();
	}
}
