package app.agora.community.internal;

import app.agora.community.Community;
import app.agora.community.CommunityRefused;
import app.agora.community.FlagReason;
import app.agora.community.ModerationItem;
import app.agora.community.Participant;
import app.agora.community.PostChanged;
import app.agora.community.PostStatus;
import app.agora.community.ThreadChanged;
import app.agora.community.TrustLevel;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Flags: any signed-in reader flags a post once. Flags of TRUSTED members count
 * towards hiding it ({@code flags-to-hide}); one flag of staff or a LEADER
 * hides it at once. A post hidden by flags stays in the moderator queue until
 * someone reviews it.
 */
@Component
class Flags {

	private final Community community;
	private final TrustStore store;
	private final TrustLevels levels;
	private final TrustSettings settings;
	private final Moderators moderators;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Flags(Community community, TrustStore store, TrustLevels levels, TrustSettings settings, Moderators moderators,
			ApplicationEventPublisher events, Optional<Clock> clock) {
		this.community = community;
		this.store = store;
		this.levels = levels;
		this.settings = settings;
		this.moderators = moderators;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	void flag(long postId, FlagReason reason, String note, Participant flagger) {
		Moderators.signedIn(flagger);
		if (community.post(postId, flagger).authorAccountId().equals(flagger.accountId())) {
			throw CommunityRefused.invalid("reason", "trust.error.flagOwn", "You cannot flag your own post.");
		}
		if (reason == null) {
			throw CommunityRefused.invalid("reason", "trust.error.flagReason", "Choose why you flag this post.");
		}
		String text = note == null ? null : note.strip();
		if (reason == FlagReason.OTHER && (text == null || text.isEmpty())) {
			throw CommunityRefused.invalid("note", "trust.error.flagNote", "Say what is wrong with this post.");
		}
		if (text != null && text.length() > 500) {
			throw CommunityRefused.invalid("note", "trust.error.flagNoteLong",
					"The note is longer than 500 characters.");
		}
		if (store.flagged(postId, flagger.accountId())) {
			throw new CommunityRefused(HttpStatus.CONFLICT, "reason", "trust.error.flaggedTwice",
					"You already flagged this post.");
		}
		TrustLevel level = levels.levelOf(flagger.accountId(), flagger.staff());
		var now = clock.instant();
		store.insertFlag(postId, flagger.accountId(), flagger.displayName(), reason,
				text == null || text.isEmpty() ? null : text, level.atLeast(TrustLevel.TRUSTED), now);
		boolean hides = level == TrustLevel.LEADER || store.openFlagsCounting(postId) >= settings.getFlagsToHide();
		if (hides) {
			var place = store.place(postId).orElseThrow();
			store.setPostStatus(place, PostStatus.HIDDEN, now);
			if (place.firstPost()) {
				store.setThreadStatus(place.threadId(), PostStatus.HIDDEN);
				events.publishEvent(new ThreadChanged(place.threadId(), place.spaceSlug()));
			}
			events.publishEvent(new PostChanged(postId, place.threadId(), place.spaceSlug()));
			moderators.log(flagger, "HIDDEN_BY_FLAGS", "POST", postId, place.spaceId(), reason.name());
		}
	}

	List<ModerationItem.Flag> flags(long postId, Participant moderator) {
		var place = store.place(postId)
				.orElseThrow(() -> new app.agora.community.CommunityNotFound("No post " + postId + "."));
		moderators.requireFor(place.spaceId(), moderator);
		return store.openFlags(postId);
	}
}
