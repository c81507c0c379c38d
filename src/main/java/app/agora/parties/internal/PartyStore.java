package app.agora.parties.internal;

import app.agora.parties.ContactKeys;
import app.agora.parties.LifecycleStage;
import app.agora.parties.PartyDetails;
import app.agora.parties.PartyDraft;
import app.agora.parties.PartyNotFound;
import app.agora.parties.PartyPage;
import app.agora.parties.PartyQuery;
import app.agora.parties.PartyRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads and saves party aggregates for the module's public services. */
@Component
public class PartyStore {

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

	public Optional<PartyDetails> find(UUID id) {
		return id == null ? Optional.empty() : parties.findById(id).map(Party::toDetails);
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
