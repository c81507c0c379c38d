package app.agora.outreach.internal;

import app.agora.outreach.Channel;
import app.agora.outreach.Preferences;
import app.agora.outreach.Purpose;
import app.agora.outreach.QuietHours;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * The preferences page's form. Times and zone stay text until checked, so a
 * wrong value comes back beside its field instead of failing the request.
 */
class PreferencesForm {

	/** Ticked boxes, each {@code CHANNEL:PURPOSE}. */
	private Set<String> granted = new HashSet<>();
	/**
	 * Weekly caps by purpose name; keyed by text so a forged key is ignored, not an
	 * error.
	 */
	private Map<String, Integer> caps = new HashMap<>();
	private boolean quiet;
	private String quietStart;
	private String quietEnd;
	private String zone;

	static String key(Channel channel, Purpose purpose) {
		return channel.name() + ":" + purpose.name();
	}

	static PreferencesForm of(Preferences preferences) {
		var form = new PreferencesForm();
		preferences.consents().forEach((channel, byPurpose) -> byPurpose.forEach((purpose, yes) -> {
			if (yes) {
				form.granted.add(key(channel, purpose));
			}
		}));
		preferences.caps().forEach((purpose, cap) -> form.caps.put(purpose.name(), cap));
		var hours = preferences.quietHours();
		form.quiet = hours != null;
		form.quietStart = hours == null ? "21:00" : hours.start().toString();
		form.quietEnd = hours == null ? "08:00" : hours.end().toString();
		form.zone = hours == null ? null : hours.zone().getId();
		return form;
	}

	/**
	 * The preferences the form stands for, after adding any problem to
	 * {@code errors}; then the result must not be used.
	 */
	Preferences toPreferences(Errors errors, PreferenceRules rules) {
		var consents = new EnumMap<Channel, Map<Purpose, Boolean>>(Channel.class);
		for (var channel : Channel.values()) {
			var byPurpose = new EnumMap<Purpose, Boolean>(Purpose.class);
			for (var purpose : Purpose.values()) {
				byPurpose.put(purpose, granted.contains(key(channel, purpose)));
			}
			consents.put(channel, byPurpose);
		}
		var chosenCaps = new EnumMap<Purpose, Integer>(Purpose.class);
		for (var purpose : Purpose.values()) {
			Integer cap = caps.get(purpose.name());
			if (cap != null) {
				chosenCaps.put(purpose, cap);
			} else if (!errors.hasFieldErrors(capField(purpose))) {
				errors.rejectValue(capField(purpose), "outreach.error.cap", new Object[]{rules.limit(purpose)}, null);
			}
		}
		QuietHours hours = null;
		if (quiet) {
			LocalTime start = time(quietStart, "quietStart", errors);
			LocalTime end = time(quietEnd, "quietEnd", errors);
			ZoneId zoneId = zone(errors);
			hours = new QuietHours(start, end, zoneId);
		}
		var preferences = new Preferences(consents, chosenCaps, hours);
		for (var problem : rules.check(preferences)) {
			String field = switch (problem.field()) {
				case "quietHours.start" -> "quietStart";
				case "quietHours.end" -> "quietEnd";
				case "quietHours.zone" -> "zone";
				default -> capField(Purpose.valueOf(problem.field().substring("caps.".length())));
			};
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, problem.code(), problem.args(), null);
			}
		}
		return preferences;
	}

	static String capField(Purpose purpose) {
		return "caps[" + purpose.name() + "]";
	}

	private static LocalTime time(String value, String field, Errors errors) {
		try {
			return LocalTime.parse(value == null ? "" : value.strip());
		} catch (DateTimeParseException e) {
			errors.rejectValue(field, "outreach.error.time");
			return null;
		}
	}

	private ZoneId zone(Errors errors) {
		try {
			return ZoneId.of(zone == null ? "" : zone.strip());
		} catch (DateTimeException e) {
			errors.rejectValue("zone", "outreach.error.zone");
			return null;
		}
	}

	public Set<String> getGranted() {
		return granted;
	}

	public void setGranted(Set<String> granted) {
		this.granted = granted == null ? new HashSet<>() : granted;
	}

	public Map<String, Integer> getCaps() {
		return caps;
	}

	public void setCaps(Map<String, Integer> caps) {
		this.caps = caps == null ? new HashMap<>() : caps;
	}

	public boolean isQuiet() {
		return quiet;
	}

	public void setQuiet(boolean quiet) {
		this.quiet = quiet;
	}

	public String getQuietStart() {
		return quietStart;
	}

	public void setQuietStart(String quietStart) {
		this.quietStart = quietStart;
	}

	public String getQuietEnd() {
		return quietEnd;
	}

	public void setQuietEnd(String quietEnd) {
		this.quietEnd = quietEnd;
	}

	public String getZone() {
		return zone;
	}

	public void setZone(String zone) {
		this.zone = zone;
	}
}
