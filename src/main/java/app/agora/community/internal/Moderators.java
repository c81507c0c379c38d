package app.agora.community.internal;

import app.agora.community.CommunityRefused;
import app.agora.community.Participant;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who moderates what (staff every space, space moderators their spaces), and
 * the log every moderator action is written to.
 */
@Component
class Moderators {

	private final TrustStore store;
	private final Clock clock;

	Moderators(TrustStore store, Optional<Clock> clock) {
		this.store = store;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * The spaces this person moderates: null for all (staff); refused when none.
	 */
	List<Long> spacesOf(Participant who) {
		signedIn(who);
		if (who.staff()) {
			return null;
		}
		List<Long> spaces = store.moderatedSpaceIds(who.accountId());
		if (spaces.isEmpty()) {
			throw notModerator();
		}
		return spaces;
	}

	boolean moderates(Participant who) {
		return who != null && (who.staff() || store.moderatesAnySpace(who.accountId()));
	}

	void requireFor(long spaceId, Participant who) {
		List<Long> spaces = spacesOf(who);
		if (spaces != null && !spaces.contains(spaceId)) {
			throw notModerator();
		}
	}

	void requireStaff(Participant who) {
		signedIn(who);
		if (!who.staff()) {
			throw new CommunityRefused(HttpStatus.FORBIDDEN, null, "trust.error.staff", "Only staff may do this.");
		}
	}

	void log(Participant moderator, String action, String targetKind, Object target, Long spaceId, String reason) {
		store.log(moderator.accountId(), moderator.displayName(), action, targetKind, String.valueOf(target), spaceId,
				reason, clock.instant());
	}

	static void signedIn(Participant who) {
		if (who == null) {
			throw new CommunityRefused(HttpStatus.UNAUTHORIZED, null, "community.error.signIn", "Sign in first.");
		}
	}

	static CommunityRefused notModerator() {
		return new CommunityRefused(HttpStatus.FORBIDDEN, null, "trust.error.notModerator",
				"Only moderators of this space may do this.");
	}

	/** A reason is optional; at most 500 characters. */
	static String reason(String reason) {
		String value = reason == null ? null : reason.strip();
		if (value != null && value.length() > 500) {
			throw CommunityRefused.invalid("reason", "trust.error.reasonLong",
					"The reason is longer than 500 characters.");
		}
		return value == null || value.isEmpty() ? null : value;
	}
}
