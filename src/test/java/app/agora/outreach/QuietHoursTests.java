package app.agora.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class QuietHoursTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private final QuietHours nights = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), PARIS);
	private final QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0), PARIS);

	@Test
	void spanOverMidnightCoversLateEveningAndEarlyMorning() {
		assertThat(nights.covers(paris(2026, 3, 10, 20, 59))).isFalse();
		assertThat(nights.covers(paris(2026, 3, 10, 21, 0))).isTrue();
		assertThat(nights.covers(paris(2026, 3, 10, 23, 59))).isTrue();
		assertThat(nights.covers(paris(2026, 3, 11, 0, 0))).isTrue();
		assertThat(nights.covers(paris(2026, 3, 11, 7, 59))).isTrue();
		assertThat(nights.covers(paris(2026, 3, 11, 8, 0))).isFalse();
	}

	@Test
	void spanWithinADayCoversOnlyItself() {
		assertThat(lunch.covers(paris(2026, 3, 10, 11, 59))).isFalse();
		assertThat(lunch.covers(paris(2026, 3, 10, 12, 0))).isTrue();
		assertThat(lunch.covers(paris(2026, 3, 10, 14, 0))).isFalse();
	}

	@Test
	void quietHoursAreReadInTheirOwnZone() {
		// 22:00 in Paris is 21:00 UTC in winter.
		assertThat(nights.covers(Instant.parse("2026-01-15T21:00:00Z"))).isTrue();
		assertThat(nights.covers(Instant.parse("2026-01-15T19:30:00Z"))).isFalse();
	}

	@Test
	void emptySpanCoversNothing() {
		var none = new QuietHours(LocalTime.of(9, 0), LocalTime.of(9, 0), PARIS);
		assertThat(none.covers(paris(2026, 3, 10, 9, 0))).isFalse();
	}

	@Test
	void quietHoursEndTheNextMorningOrTheSameMorning() {
		assertThat(nights.endAfter(paris(2026, 3, 10, 23, 0))).isEqualTo(paris(2026, 3, 11, 8, 0));
		assertThat(nights.endAfter(paris(2026, 3, 11, 3, 0))).isEqualTo(paris(2026, 3, 11, 8, 0));
	}

	@Test
	void endSurvivesTheClockChange() {
		// Paris moves to summer time on 29 March 2026, at 02:00.
		var early = new QuietHours(LocalTime.of(22, 0), LocalTime.of(2, 30), PARIS);
		assertThat(early.endAfter(paris(2026, 3, 28, 23, 0))).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
	}

	private static Instant paris(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, PARIS).toInstant();
	}
}
