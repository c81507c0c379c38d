package app.agora.outreach.internal;

import app.agora.outreach.Channel;
import app.agora.outreach.Preferences;
import app.agora.outreach.Purpose;
import app.agora.outreach.QuietHours;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What one party chose, as stored: only the entries they set. The party's id is
 * the aggregate's id, so a party has at most one.
 */
@Table("outreach_preference")
class ContactPreference {

	@Id
	UUID partyId;
	@Version
	Long version;
	LocalTime quietStart;
	LocalTime quietEnd;
	String timeZone;
	Instant updatedAt;
	String updatedBy;
	@MappedCollection(idColumn = "party_id")
	Set<ConsentRow> consents = new HashSet<>();
	@MappedCollection(idColumn = "party_id")
	Set<CapRow> caps = new HashSet<>();

	@Table("outreach_consent")
	record ConsentRow(Channel channel, Purpose purpose, boolean granted) {
	}

	@Table("outreach_cap")
	record CapRow(Purpose purpose, int maxPerWeek) {
	}

	static ContactPreference of(UUID partyId) {
		var preference = new ContactPreference();
		preference.partyId = partyId;
		return preference;
	}

	void replace(Preferences chosen, String actor, Instant now) {
		consents.clear();
		chosen.consents().forEach((channel, byPurpose) -> byPurpose
				.forEach((purpose, granted) -> consents.add(new ConsentRow(channel, purpose, granted))));
		caps.clear();
		chosen.caps().forEach((purpose, cap) -> caps.add(new CapRow(purpose, cap)));
		var quiet = chosen.quietHours();
		quietStart = quiet == null ? null : quiet.start();
		quietEnd = quiet == null ? null : quiet.end();
		timeZone = quiet == null ? null : quiet.zone().getId();
		updatedBy = actor;
		updatedAt = now;
	}

	Preferences toPreferences() {
		var chosen = Preferences.defaults();
		for (var consent : consents) {
			chosen = chosen.withConsent(consent.channel(), consent.purpose(), consent.granted());
		}
		for (var cap : caps) {
			chosen = chosen.withCap(cap.purpose(), cap.maxPerWeek());
		}
		if (quietStart != null && quietEnd != null && timeZone != null) {
			chosen = chosen.withQuietHours(new QuietHours(quietStart, quietEnd, ZoneId.of(timeZone)));
		}
		return chosen;
	}
}
