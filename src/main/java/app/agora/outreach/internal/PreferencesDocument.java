package app.agora.outreach.internal;

import app.agora.outreach.Channel;
import app.agora.outreach.Preferences;
import app.agora.outreach.Purpose;
import app.agora.outreach.QuietHours;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A party's preferences as the API shows them: what is in force, the highest
 * cap allowed per purpose, and whether the party ever chose (else: defaults).
 * The same document, sent back with PUT, saves the choices.
 */
record PreferencesDocument(UUID partyId, Map<Channel, Map<Purpose, Boolean>> consents, Map<Purpose, Integer> caps,
		QuietHours quietHours, Map<Purpose, Integer> capLimits, boolean chosen, Instant updatedAt) {

	static PreferencesDocument of(UUID partyId, PreferenceBook book) {
		Preferences preferences = book.of(partyId);
		var saved = book.saved(partyId);
		return new PreferencesDocument(partyId, preferences.consents(), preferences.caps(), preferences.quietHours(),
				book.capLimits(), saved.isPresent(), saved.map(PreferenceBook.Saved::at).orElse(null));
	}
}
