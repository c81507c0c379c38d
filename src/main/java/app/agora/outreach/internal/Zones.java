package app.agora.outreach.internal;

import java.time.ZoneId;
import java.util.List;

/**
 * The IANA time zones offered in the quiet-hours form, by region:
 * "Europe/Paris", not "CET".
 */
final class Zones {

	static final List<String> REGIONAL = ZoneId.getAvailableZoneIds().stream()
			.filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

	private Zones() {
	}
}
