package app.agora.outreach.internal;

import app.agora.outreach.Channel;
import app.agora.outreach.ContactPreferences;
import app.agora.outreach.Preferences;
import app.agora.outreach.Purpose;
import app.agora.outreach.QuietHours;
import app.agora.parties.Parties;
import app.agora.parties.PartyNotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parties' contact preferences, with the defaults for whatever a party never
 * chose: service messages in-app and by email, community messages in-app only,
 * marketing nowhere until the party opts in.
 */
@Service
class PreferenceBook implements ContactPreferences {

	/**
	 * When and by whom a party's choices were last saved; empty for a party on the
	 * defaults.
	 */
	record Saved(Instant at, String by) {
	}

	private final ContactPreferenceRepository repository;
	private final JdbcClient jdbc;
	private final PreferenceRules rules;
	private final Parties parties;
	private final Clock clock;

	PreferenceBook(ContactPreferenceRepository repository, JdbcClient jdbc, PreferenceRules rules, Parties parties,
			Optional<Clock> clock) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.rules = rules;
		this.parties = parties;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	static boolean defaultConsent(Channel channel, Purpose purpose) {
		return switch (purpose) {
			case SERVICE -> true;
			case COMMUNITY -> channel == Channel.IN_APP;
			case MARKETING -> false;
		};
	}

	@Override
	public Preferences of(UUID partyId) {
		requireParty(partyId);
		return effective(partyId);
	}

	@Override
	@Transactional
	public Preferences save(UUID partyId, Preferences chosen, String actor) {
		requireParty(partyId);
		var problems = rules.check(chosen);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("These preferences are not valid: " + rules.describe(problems));
		}
		var preference = repository.findById(partyId).orElseGet(() -> ContactPreference.of(partyId));
		preference.replace(chosen, actor, clock.instant());
		return fill(repository.save(preference).toPreferences());
	}

	@Override
	public Map<Purpose, Integer> capLimits() {
		var limits = new EnumMap<Purpose, Integer>(Purpose.class);
		for (var purpose : Purpose.values()) {
			limits.put(purpose, rules.limit(purpose));
		}
		return limits;
	}

	/** The preferences in force, for a party already known to exist. */
	Preferences effective(UUID partyId) {
		return fill(stored(partyId).orElseGet(Preferences::defaults));
	}

	/**
	 * What the party chose, read with plain queries (one when they never chose):
	 * the gate asks for every message, and Spring Data JDBC's aggregate reading was
	 * a twentieth of a community reply's CPU.
	 */
	private Optional<Preferences> stored(UUID partyId) {
		var quiet = jdbc
				.sql("select quiet_start, quiet_end, time_zone from outreach_preference where party_id = :party")
				.param("party", partyId).query((rs, n) -> {
					var start = rs.getObject("quiet_start", LocalTime.class);
					var end = rs.getObject("quiet_end", LocalTime.class);
					String zone = rs.getString("time_zone");
					return Optional.ofNullable(start != null && end != null && zone != null
							? new QuietHours(start, end, ZoneId.of(zone))
							: null);
				}).optional();
		if (quiet.isEmpty()) {
			return Optional.empty();
		}
		var chosen = new Preferences[]{Preferences.defaults()};
		jdbc.sql("select channel, purpose, granted from outreach_consent where party_id = :party")
				.param("party", partyId).query(rs -> {
					chosen[0] = chosen[0].withConsent(Channel.valueOf(rs.getString("channel")),
							Purpose.valueOf(rs.getString("purpose")), rs.getBoolean("granted"));
				});
		jdbc.sql("select purpose, max_per_week from outreach_cap where party_id = :party").param("party", partyId)
				.query(rs -> {
					chosen[0] = chosen[0].withCap(Purpose.valueOf(rs.getString("purpose")), rs.getInt("max_per_week"));
				});
		return Optional.of(quiet.get().map(chosen[0]::withQuietHours).orElse(chosen[0]));
	}

	Optional<Saved> saved(UUID partyId) {
		return repository.findById(partyId).map(p -> new Saved(p.updatedAt, p.updatedBy));
	}

	/**
	 * Fills in the defaults. A chosen cap above the configured one is lowered to
	 * it: an operator who lowers the defaults lowers everyone's cap.
	 */
	private Preferences fill(Preferences chosen) {
		var consents = new EnumMap<Channel, Map<Purpose, Boolean>>(Channel.class);
		for (var channel : Channel.values()) {
			var byPurpose = new EnumMap<Purpose, Boolean>(Purpose.class);
			for (var purpose : Purpose.values()) {
				Boolean given = chosen.consent(channel, purpose);
				byPurpose.put(purpose, given != null ? given : defaultConsent(channel, purpose));
			}
			consents.put(channel, byPurpose);
		}
		var caps = new EnumMap<Purpose, Integer>(Purpose.class);
		for (var purpose : Purpose.values()) {
			Integer given = chosen.cap(purpose);
			int limit = rules.limit(purpose);
			caps.put(purpose, given == null ? limit : Math.min(given, limit));
		}
		return new Preferences(consents, caps, chosen.quietHours());
	}

	private void requireParty(UUID partyId) {
		if (partyId == null || parties.find(partyId).isEmpty()) {
			throw new PartyNotFound(partyId);
		}
	}
}
