package app.agora.community.internal;

import app.agora.community.AnswerAccepted;
import app.agora.community.PostChanged;
import app.agora.community.PostLiked;
import app.agora.community.PostPublished;
import app.agora.community.Standing;
import app.agora.community.TrustLevel;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reputation and trust levels. The listeners run in the transaction of the
 * post, like or accepted answer that causes them, so a level never lags behind
 * what the community shows: visible posts and the first post are counted again,
 * likes received and accepted answers are added, and the score follows.
 */
@Component
class TrustLevels {

	private final TrustStore store;
	private final TrustSettings settings;
	private final Clock clock;

	TrustLevels(TrustStore store, TrustSettings settings, Optional<Clock> clock) {
		this.store = store;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@EventListener
	@Transactional
	void on(PostPublished event) {
		UUID author = event.authorAccountId();
		if (author == null) {
			return;
		}
		// counted last, just before the commit: the author's reputation row stays
		// locked until then, and an author posting from several places at once waits
		// on it
		Instant now = clock.instant();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					store.countPost(author, settings.getPoints(), now);
				}
			});
		} else {
			store.countPost(author, settings.getPoints(), now);
		}
	}

	@EventListener
	@Transactional
	void on(PostChanged event) {
		store.place(event.postId()).ifPresent(p -> recount(p.authorAccountId()));
	}

	@EventListener
	@Transactional
	void on(PostLiked event) {
		store.addLike(event.authorAccountId(), clock.instant());
		store.rescore(event.authorAccountId(), settings.getPoints());
	}

	@EventListener
	@Transactional
	void on(AnswerAccepted event) {
		store.addAcceptedAnswer(event.answerAuthorAccountId(), event.threadId(), clock.instant());
		store.rescore(event.answerAuthorAccountId(), settings.getPoints());
	}

	void recount(UUID account) {
		store.recount(account, settings.getPoints(), clock.instant());
	}

	/**
	 * Staff are LEADER; others the higher of what they earned and what staff
	 * granted.
	 */
	TrustLevel levelOf(UUID account, boolean staff) {
		if (staff) {
			return TrustLevel.LEADER;
		}
		return staff ? TrustLevel.LEADER : levelOf(store.reputation(account));
	}

	/** The level of a member (not staff) with this reputation. */
	TrustLevel levelOf(TrustStore.Reputation r) {
		TrustLevel earned = earned(r, clock.instant(), settings);
		return r.grantedLevel() != null && r.grantedLevel().atLeast(earned) ? r.grantedLevel() : earned;
	}

	Standing standing(UUID account, boolean staff) {
		TrustStore.Reputation r = store.reputation(account);
		List<String> badges = new ArrayList<>();
		if (staff) {
			badges.add("STAFF");
		}
		if (store.moderatesAnySpace(account)) {
			badges.add("MODERATOR");
		}
		store.expertSpaces(account, settings.getExpertAnswers()).forEach(slug -> badges.add("EXPERT:" + slug));
		Instant now = clock.instant();
		return new Standing(levelOf(account, staff), r.score(), r.visiblePosts(), r.likesReceived(),
				r.acceptedAnswers(), r.firstPostAt(), r.grantedLevel(), List.copyOf(badges),
				store.suspendedUntil(account, now).orElse(null));
	}

	/**
	 * The level the thresholds give, the highest whose three conditions all hold.
	 */
	static TrustLevel earned(TrustStore.Reputation r, Instant now, TrustSettings settings) {
		if (reaches(r, settings.getLeader(), now)) {
			return TrustLevel.LEADER;
		}
		if (reaches(r, settings.getTrusted(), now)) {
			return TrustLevel.TRUSTED;
		}
		return reaches(r, settings.getMember(), now) ? TrustLevel.MEMBER : TrustLevel.NEW;
	}

	private static boolean reaches(TrustStore.Reputation r, TrustSettings.Threshold t, Instant now) {
		return r.firstPostAt() != null && !r.firstPostAt().plus(t.getSinceFirstPost()).isAfter(now)
				&& r.visiblePosts() >= t.getPosts() && r.score() >= t.getScore();
	}
}
