package app.agora.community.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.agora.community.TrustLevel;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Levels follow the documented thresholds (time since the first post, visible
 * posts and score, all three), and links are counted the way the post gate
 * counts them.
 */
class TrustLevelsTests {

	private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
	private final TrustSettings settings = new TrustSettings();

	private static TrustStore.Reputation reputation(Duration sinceFirstPost, int posts, int score) {
		return new TrustStore.Reputation(sinceFirstPost == null ? null : NOW.minus(sinceFirstPost), posts, 0, 0, score,
				null);
	}

	@Test
	void noPostsIsNew() {
		assertThat(TrustLevels.earned(TrustStore.Reputation.NONE, NOW, settings)).isEqualTo(TrustLevel.NEW);
	}

	@Test
	void memberNeedsADayThreePostsAndFivePoints() {
		assertThat(TrustLevels.earned(reputation(Duration.ofDays(1), 3, 5), NOW, settings))
				.isEqualTo(TrustLevel.MEMBER);
		assertThat(TrustLevels.earned(reputation(Duration.ofHours(23), 30, 500), NOW, settings))
				.isEqualTo(TrustLevel.NEW);
		assertThat(TrustLevels.earned(reputation(Duration.ofDays(400), 2, 500), NOW, settings))
				.isEqualTo(TrustLevel.NEW);
		assertThat(TrustLevels.earned(reputation(Duration.ofDays(400), 30, 4), NOW, settings))
				.isEqualTo(TrustLevel.NEW);
	}

	@Test
	void trustedAndLeaderFollowTheirThresholds() {
		assertThat(TrustLevels.earned(reputation(Duration.ofDays(14), 15, 50), NOW, settings))
				.isEqualTo(TrustLevel.TRUSTED);
		assertThat(TrustLevels.earned(reputation(Duration.ofDays(59), 100, 1000), NOW, settings))
				.isEqualTo(TrustLevel.TRUSTED);
		assertThat(TrustLevels.earned(reputation(Duration.ofDays(60), 50, 200), NOW, settings))
				.isEqualTo(TrustLevel.LEADER);
	}

	@Test
	void thresholdsAreConfigurable() {
		settings.getMember().setSinceFirstPost(Duration.ZERO);
		settings.getMember().setPosts(1);
		settings.getMember().setScore(1);
		assertThat(TrustLevels.earned(reputation(Duration.ZERO, 1, 1), NOW, settings)).isEqualTo(TrustLevel.MEMBER);
	}

	@Test
	void linksAreCountedOncePerAddress() {
		assertThat(PostGate.links("See https://Example.org/a, www.example.org/a and http://example.org/a."))
				.containsExactly("example.org/a");
		assertThat(PostGate.links("[map](https://maps.example/tmb) and https://huts.example/list"))
				.containsExactly("maps.example/tmb", "huts.example/list");
		assertThat(PostGate.links("No link here, only an email: me@example.org")).isEmpty();
	}
}
