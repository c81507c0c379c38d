package app.agora.outreach;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a party agreed to: consent per channel and purpose, a weekly cap per
 * purpose and quiet hours (null for none).
 * <p>
 * Read from {@link ContactPreferences#of} every entry is filled in, with the
 * defaults where the party never chose. Given to
 * {@link ContactPreferences#save}, a missing entry means "the default".
 */
public record Preferences(Map<Channel, Map<Purpose, Boolean>> consents, Map<Purpose, Integer> caps,
		QuietHours quietHours) {

	public Preferences {
		consents = copyConsents(consents);
		caps = copyCaps(caps);
	}

	/** Nothing chosen: every default applies. */
	public static Preferences defaults() {
		return new Preferences(null, null, null);
	}

	/**
	 * Whether the party agreed to this purpose on this channel; null when not said.
	 */
	public Boolean consent(Channel channel, Purpose purpose) {
		return consents.getOrDefault(channel, Map.of()).get(purpose);
	}

	/** The most messages of this purpose in seven days; null when not said. */
	public Integer cap(Purpose purpose) {
		return caps.get(purpose);
	}

	public Preferences withConsent(Channel channel, Purpose purpose, boolean granted) {
		var copy = new EnumMap<Channel, Map<Purpose, Boolean>>(Channel.class);
		consents.forEach((c, byPurpose) -> copy.put(c, new EnumMap<>(byPurpose)));
		copy.computeIfAbsent(channel, c -> new EnumMap<>(Purpose.class)).put(purpose, granted);
		return new Preferences(copy, caps, quietHours);
	}

	public Preferences withCap(Purpose purpose, int maxPerWeek) {
		var copy = new EnumMap<Purpose, Integer>(Purpose.class);
		copy.putAll(caps);
		copy.put(purpose, maxPerWeek);
		return new Preferences(consents, copy, quietHours);
	}

	public Preferences withQuietHours(QuietHours hours) {
		return new Preferences(consents, caps, hours);
	}

	private static Map<Channel, Map<Purpose, Boolean>> copyConsents(Map<Channel, Map<Purpose, Boolean>> given) {
		var copy = new EnumMap<Channel, Map<Purpose, Boolean>>(Channel.class);
		if (given != null) {
			given.forEach((channel, byPurpose) -> {
				if (channel != null && byPurpose != null) {
					var inner = new EnumMap<Purpose, Boolean>(Purpose.class);
					byPurpose.forEach((purpose, granted) -> {
						if (purpose != null && granted != null) {
							inner.put(purpose, granted);
						}
					});
					copy.put(channel, Collections.unmodifiableMap(inner));
				}
			});
		}
		return Collections.unmodifiableMap(copy);
	}

	private static Map<Purpose, Integer> copyCaps(Map<Purpose, Integer> given) {
		var copy = new EnumMap<Purpose, Integer>(Purpose.class);
		if (given != null) {
			given.forEach((purpose, cap) -> {
				if (purpose != null && cap != null) {
					copy.put(purpose, cap);
				}
			});
		}
		return Collections.unmodifiableMap(copy);
	}
}
