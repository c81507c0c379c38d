package app.agora.outreach;

import java.util.Map;
import java.util.UUID;

/**
 * A party's own choices about being contacted. Only the party changes them
 * (through their page or the API, or the demo seeding them); staff read them.
 */
public interface ContactPreferences {

	/**
	 * The party's preferences with the defaults filled in.
	 *
	 * @throws app.agora.parties.PartyNotFound
	 *             when there is no such party
	 */
	Preferences of(UUID partyId);

	/**
	 * Replaces the party's choices; what is left out falls back to the default.
	 *
	 * @throws IllegalArgumentException
	 *             when a cap is out of range or quiet hours are incomplete
	 * @throws app.agora.parties.PartyNotFound
	 *             when there is no such party
	 * @return the preferences now in force
	 */
	Preferences save(UUID partyId, Preferences chosen, String actor);

	/**
	 * The highest weekly cap a party may choose per purpose (the configured
	 * defaults).
	 */
	Map<Purpose, Integer> capLimits();
}
