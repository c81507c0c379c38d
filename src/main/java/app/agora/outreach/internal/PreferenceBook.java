package app.agora.outreach.internal;

import app.agora.outreach.Channel;
import app.agora.outreach.ContactPreferences;
import app.agora.outreach.Preferences;
import app.agora.outreach.Purpose;
import app.agora.parties.Parties;
import app.agora.parties.PartyNotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
	private final PreferenceRules rules;
	private final Parties parties;
	private final Clock clock;

	PreferenceBook(ContactPreferenceRepository repository, PreferenceRules rules, Parties parties,
			Optional<Clock> clock) {
		this.repository = repository;
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
		return fill(
				repository.findById(partyId).map(ContactPreference::toPreferences).orElseGet(Preferences::defaults));
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
