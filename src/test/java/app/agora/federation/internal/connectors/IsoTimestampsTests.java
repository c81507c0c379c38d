package app.agora.federation.internal.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimestampsTests {

	@ParameterizedTest
	@ValueSource(strings = {"2025-01-02T10:00:00Z", "2025-01-02T10:00:00.5Z", "2025-01-02T10:00:00.123456789Z",
			"2024-02-29T23:59:59+01:00", "2025-07-01T00:00:00-05:30", "2025-01-02T10:00:00.120+00:00"})
	void readsWhatJavaTimeReads(String text) {
		assertThat(IsoTimestamps.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
	}

	@ParameterizedTest
	@ValueSource(strings = {"2025-01-02T10:00:00", "2025-01-02 10:00:00", "2025-01-02 10:00:00.25"})
	void readsTimesWithoutOffsetAsUtc(String text) {
		assertThat(IsoTimestamps.parse(text))
				.isEqualTo(LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
	}

	@ParameterizedTest
	@ValueSource(strings = {"2025-02-30T10:00:00Z", "2025-13-01T10:00:00Z", "2025-01-02T25:00:00Z", "2025-01-02",
			"02/01/2025 10:00:00", "2025-01-02T10:00:00+1:00", "2025-01-02T10:00:00.Z", "2025-01-02T10:00:00Europe",
			"2025-01-02T10:00:00.1234567890Z", "2025-01-02T1a:00:00Z", "2025-01-02T10:00:00+19:00"})
	void leavesAnythingElseToJavaTime(String text) {
		assertThat(IsoTimestamps.parse(text)).isNull();
	}
}
