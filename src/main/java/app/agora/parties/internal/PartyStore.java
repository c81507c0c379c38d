package app.agora.parties.internal;

import app.agora.parties.ContactKeys;
import app.agora.parties.LifecycleStage;
import app.agora.parties.PartyDetails;
import app.agora.parties.PartyDraft;
import app.agora.parties.PartyKind;
import app.agora.parties.PartyNotFound;
import app.agora.parties.PartyPage;
import app.agora.parties.PartyQuery;
import app.agora.parties.PartyRole;
import app.agora.parties.RoleHeld;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads and saves party aggregates for the module's public services. */
@Component
public class PartyStore {

	private static final Comparator<RoleHeld> ROLE_ORDER = Comparator.comparing(RoleHeld::since)
			.thenComparing(RoleHeld::role);

	private final PartyRepository parties;
	private final PartySearch search;
	private final ContactKeys keys;
	private final JdbcClient jdbc;

	PartyStore(PartyRepository parties, PartySearch search, ContactKeys keys, JdbcClient jdbc) {
		this.parties = parties;
		this.search = search;
		this.keys = keys;
		this.jdbc = jdbc;
	}

	public PartyDetails create(PartyDraft draft, LifecycleStage stage, Instant now) {
		return parties.save(Party.create(draft, keys, stage, now)).toDetails();
	}

	public PartyDetails update(UUID id, Consumer<PartyDetails> check, PartyDraft draft, Instant now) {
		var party = load(id);
		check.accept(party.toDetails());
		party.apply(draft, keys, now);
		return parties.save(party).toDetails();
	}

	public PartyDetails grant(UUID id, app.agora.parties.PartyRole role, LocalDate since) {
		var party = load(id);
		party.grant(role, since);
		party.updatedAt = Instant.now();
		return parties.save(party).toDetails();
	}

	public PartyDetails end(UUID id, PartyRole role, LocalDate until) {
		var party = load(id);
		if (!party.end(role, until)) {
			throw new IllegalArgumentException("The party does not hold the role " + role + ".");
		}
		party.updatedAt = Instant.now();
		return parties.save(party).toDetails();
	}

	public PartyDetails setStage(UUID id, LifecycleStage stage, Instant now) {
		var party = load(id);
		party.stage = stage;
		party.updatedAt = now;
		return parties.save(party).toDetails();
	}

	/**
	 * A party as it is now, read with one plain query (a row per role held) rather
	 * than loaded as an aggregate: this is the read behind every message and notice
	 * sent to a person, and the aggregate's reading (its SQL built and every column
	 * mapped reflectively at each call) cost ten times the queries themselves.
	 */
	public Optional<PartyDetails> find(UUID id) {
		if (id == null) {
			return Optional.empty();
		}
		List<Function<List<RoleHeld>, PartyDetails>> party = new ArrayList<>(1);
		List<RoleHeld> roles = new ArrayList<>();
		jdbc.sql("""
				select p.id, p.version, p.kind, p.display_name, p.given_name, p.family_name, p.organisation_name,
				  p.email, p.phone, p.city, p.country, p.stage, p.created_at, p.updated_at,
				  r.role, r.since, r.until
				from party p left join party_role r on r.party_id = p.id where p.id = :id""").param("id", id)
				.query(rs -> {
					if (party.isEmpty()) {
						party.add(partyWith(rs));
					}
					String role = rs.getString("role");
					if (role != null) {
						roles.add(new RoleHeld(PartyRole.valueOf(role), rs.getObject("since", LocalDate.class),
								rs.getObject("until", LocalDate.class)));
					}
				});
		if (party.isEmpty()) {
			return Optional.empty();
		}
		roles.sort(ROLE_ORDER);
		return Optional.of(party.getFirst().apply(List.copyOf(roles)));
	}

	/** The party on the row, once given its roles. */
	private static Function<List<RoleHeld>, PartyDetails> partyWith(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		long version = rs.getLong("version");
		PartyKind kind = PartyKind.valueOf(rs.getString("kind"));
		String displayName = rs.getString("display_name");
		String givenName = rs.getString("given_name");
		String familyName = rs.getString("family_name");
		String organisationName = rs.getString("organisation_name");
		String email = rs.getString("email");
		String phone = rs.getString("phone");
		String city = rs.getString("city");
		String country = rs.getString("country");
		LifecycleStage stage = LifecycleStage.valueOf(rs.getString("stage"));
		Instant createdAt = instant(rs, "created_at");
		Instant updatedAt = instant(rs, "updated_at");
		return roles -> new PartyDetails(id, version, kind, displayName, givenName, familyName, organisationName, email,
				phone, city, country, stage, roles, createdAt, updatedAt);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	public PartyPage search(PartyQuery query, int page, int size) {
		return search.search(query, page, size);
	}

	public Optional<UUID> findByKeys(String emailKey, String phoneKey) {
		if (emailKey != null) {
			var byEmail = jdbc.sql("select id from party where email_key = :key order by created_at limit 1")
					.param("key", emailKey).query(UUID.class).optional();
			if (byEmail.isPresent()) {
				return byEmail;
			}
		}
		if (phoneKey != null) {
			return jdbc.sql("select id from party where phone_key = :key order by created_at limit 1")
					.param("key", phoneKey).query(UUID.class).optional();
		}
		return Optional.empty();
	}

	public Map<LifecycleStage, Long> countByStage() {
		var counts = new EnumMap<LifecycleStage, Long>(LifecycleStage.class);
		jdbc.sql("select stage, count(*) as n from party group by stage")
				.query((rs, i) -> Map.entry(LifecycleStage.valueOf(rs.getString("stage")), rs.getLong("n"))).list()
				.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	private Party load(UUID id) {
		return parties.findById(id).orElseThrow(() -> new PartyNotFound(id));
	}
}
