package app.agora.outreach;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Hours, in the recipient's own time zone, during which only service messages
 * arrive. A span like 21:00–08:00 wraps over midnight.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

	/**
	 * Whether the moment falls within quiet hours; an empty span covers nothing.
	 */
	public boolean covers(Instant at) {
		if (start == null || end == null || zone == null || start.equals(end)) {
			return false;
		}
		LocalTime local = at.atZone(zone).toLocalTime();
		if (start.isBefore(end)) {
			return !local.isBefore(start) && local.isBefore(end);
		}
		return !local.isBefore(start) || local.isBefore(end);
	}

	/**
	 * The first moment after {@code at} when quiet hours end. On a day when the
	 * clocks jump over the end time, the moment after the jump.
	 */
	public Instant endAfter(Instant at) {
		ZonedDateTime now = at.atZone(zone);
		ZonedDateTime candidate = now.toLocalDate().atTime(end).atZone(zone);
		if (!candidate.isAfter(now)) {
			candidate = now.toLocalDate().plusDays(1).atTime(end).atZone(zone);
		}
		return candidate.toInstant();
	}
}
