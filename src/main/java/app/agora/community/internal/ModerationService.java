package app.agora.community.internal;

import app.agora.access.Accounts;
import app.agora.community.CommunityNotFound;
import app.agora.community.CommunityRefused;
import app.agora.community.FlagReason;
import app.agora.community.Moderation;
import app.agora.community.ModerationEntry;
import app.agora.community.ModerationItem;
import app.agora.community.Participant;
import app.agora.community.Post;
import app.agora.community.PostChanged;
import app.agora.community.PostStatus;
import app.agora.community.Standing;
import app.agora.community.Suspension;
import app.agora.community.ThreadChanged;
import app.agora.community.TrustLevel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderator queue and moderator actions. Each action checks that the person
 * moderates the space, changes the post or thread, publishes
 * {@link PostChanged} / {@link ThreadChanged} and writes the log.
 */
@Service
@Transactional
class ModerationService implements Moderation {

	static final Duration LONGEST_SUSPENSION = Duration.ofDays(365);

	private final TrustStore store;
	private final CommunityStore posts;
	private final MarkdownPosts markdown;
	private final Flags flags;
	private final Moderators moderators;
	private final TrustLevels levels;
	private final Accounts accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ModerationService(TrustStore store, CommunityStore posts, MarkdownPosts markdown, Flags flags,
			Moderators moderators, TrustLevels levels, Accounts accounts, ApplicationEventPublisher events,
			Optional<Clock> clock) {
		this.store = store;
		this.posts = posts;
		this.markdown = markdown;
		this.flags = flags;
		this.moderators = moderators;
		this.levels = levels;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	public void flag(long postId, FlagReason reason, String note, Participant flagger) {
		flags.flag(postId, reason, note, flagger);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ModerationItem.Flag> flags(long postId, Participant moderator) {
		return flags.flags(postId, moderator);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ModerationItem> queue(Participant moderator) {
		return store.queue(moderators.spacesOf(moderator));
	}

	@Override
	public void approve(long postId, String reason, Participant moderator) {
		var place = moderated(postId, moderator);
		if (store.waitingReason(postId).isEmpty()) {
			throw notWaiting();
		}
		publishApproved(place, moderator);
		moderators.log(moderator, "APPROVE", "POST", postId, place.spaceId(), Moderators.reason(reason));
	}

	@Override
	public void reject(long postId, String reason, Participant moderator) {
		var place = moderated(postId, moderator);
		if (store.waitingReason(postId).isEmpty()) {
			throw notWaiting();
		}
		var now = clock.instant();
		store.decide(postId, "REJECTED", moderator.accountId(), now);
		setStatus(place, PostStatus.HIDDEN, now);
		moderators.log(moderator, "REJECT", "POST", postId, place.spaceId(), Moderators.reason(reason));
	}

	@Override
	public void hide(long postId, String reason, Participant moderator) {
		var place = moderated(postId, moderator);
		if (place.status() == PostStatus.PENDING) {
			throw notWaitingAction();
		}
		var now = clock.instant();
		store.resolveFlags(postId, "HIDDEN", now);
		if (place.status() != PostStatus.HIDDEN) {
			setStatus(place, PostStatus.HIDDEN, now);
		}
		moderators.log(moderator, "HIDE", "POST", postId, place.spaceId(), Moderators.reason(reason));
	}

	@Override
	public void show(long postId, String reason, Participant moderator) {
		var place = moderated(postId, moderator);
		if (place.status() == PostStatus.PENDING) {
			throw notWaitingAction();
		}
		var now = clock.instant();
		store.resolveFlags(postId, "DISMISSED", now);
		if (store.wasRejected(postId)) {
			// Rejected posts were never published: showing one publishes it now.
			publishApproved(place, moderator);
		} else if (place.status() == PostStatus.HIDDEN) {
			setStatus(place, PostStatus.VISIBLE, now);
		}
		moderators.log(moderator, "SHOW", "POST", postId, place.spaceId(), Moderators.reason(reason));
	}

	@Override
	public Post edit(long postId, String text, int expectedVersion, String reason, Participant moderator) {
		var place = moderated(postId, moderator);
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			throw CommunityRefused.invalid("text", "community.error.textEmpty", "The post is empty.");
		}
		if (value.length() > CommunityService.MAX_TEXT) {
			throw CommunityRefused.invalid("text", "community.error.textLong",
					"The post is longer than " + CommunityService.MAX_TEXT + " characters.");
		}
		String why = Moderators.reason(reason);
		Post old = posts.post(postId).orElseThrow();
		if (old.version() != expectedVersion
				|| !posts.updatePost(old, value, markdown.toSafeHtml(value), moderator.accountId(), clock.instant())) {
			throw CommunityRefused.stale();
		}
		events.publishEvent(new PostChanged(postId, place.threadId(), place.spaceSlug()));
		moderators.log(moderator, "EDIT", "POST", postId, place.spaceId(), why);
		return posts.post(postId).orElseThrow();
	}

	@Override
	public void move(long threadId, String toSpaceSlug, String reason, Participant moderator) {
		var thread = moderatedThread(threadId, moderator);
		var target = posts.spaceBySlug(toSpaceSlug == null ? "" : toSpaceSlug)
				.orElseThrow(() -> CommunityRefused.invalid("space", "trust.error.space", "Choose a space."));
		if (target.id() == thread.spaceId()) {
			throw CommunityRefused.invalid("space", "trust.error.sameSpace", "The thread is already in this space.");
		}
		moderators.requireFor(target.id(), moderator);
		String why = Moderators.reason(reason);
		store.moveThread(threadId, target.id());
		events.publishEvent(new ThreadChanged(threadId, target.slug()));
		moderators.log(moderator, "MOVE", "THREAD", threadId + " " + thread.spaceSlug() + " → " + target.slug(),
				target.id(), why);
	}

	@Override
	public void lock(long threadId, boolean locked, String reason, Participant moderator) {
		var thread = moderatedThread(threadId, moderator);
		String why = Moderators.reason(reason);
		posts.setLocked(threadId, locked);
		events.publishEvent(new ThreadChanged(threadId, thread.spaceSlug()));
		moderators.log(moderator, locked ? "LOCK" : "UNLOCK", "THREAD", threadId, thread.spaceId(), why);
	}

	@Override
	public Suspension suspend(UUID accountId, Duration length, String reason, Participant moderator) {
		moderators.spacesOf(moderator);
		var member = accountId == null ? null : accounts.byId(accountId).orElse(null);
		if (member == null) {
			throw CommunityRefused.invalid("member", "trust.error.member", "No member with this account.");
		}
		if (member.isStaff()) {
			throw CommunityRefused.invalid("member", "trust.error.suspendStaff", "Staff cannot be suspended.");
		}
		if (length == null || length.compareTo(Duration.ofHours(1)) < 0 || length.compareTo(LONGEST_SUSPENSION) > 0) {
			throw CommunityRefused.invalid("days", "trust.error.length",
					"A suspension lasts from one hour to 365 days.");
		}
		String why = Moderators.reason(reason);
		if (why == null) {
			throw CommunityRefused.invalid("reason", "trust.error.reasonNeeded", "Say why the member is suspended.");
		}
		Instant now = clock.instant();
		long id = store.insertSuspension(accountId, member.displayName(), now.plus(length), why, moderator.accountId(),
				now);
		moderators.log(moderator, "SUSPEND", "MEMBER", member.displayName() + " until " + now.plus(length), null, why);
		return store.suspension(id).orElseThrow();
	}

	@Override
	public void lift(long suspensionId, String reason, Participant moderator) {
		moderators.spacesOf(moderator);
		var suspension = store.suspension(suspensionId)
				.orElseThrow(() -> new CommunityNotFound("No suspension " + suspensionId + "."));
		if (suspension.liftedAt() != null) {
			throw new CommunityRefused(HttpStatus.CONFLICT, null, "trust.error.lifted", "This suspension was lifted.");
		}
		store.lift(suspensionId, moderator.accountId(), clock.instant());
		moderators.log(moderator, "LIFT_SUSPENSION", "MEMBER", suspension.memberName(), null,
				Moderators.reason(reason));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Suspension> suspensions(Participant moderator) {
		moderators.spacesOf(moderator);
		return store.suspensions(clock.instant().minus(Duration.ofDays(30)));
	}

	@Override
	public void grant(UUID accountId, TrustLevel level, String reason, Participant staff) {
		moderators.requireStaff(staff);
		var member = accountId == null ? null : accounts.byId(accountId).orElse(null);
		if (member == null) {
			throw CommunityRefused.invalid("member", "trust.error.member", "No member with this account.");
		}
		store.grant(accountId, level, clock.instant());
		moderators.log(staff, "GRANT_LEVEL", "MEMBER", member.displayName() + " " + (level == null ? "-" : level), null,
				Moderators.reason(reason));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ModerationEntry> log(Participant moderator, int limit) {
		return store.log(moderators.spacesOf(moderator), Math.clamp(limit, 1, 500));
	}

	@Override
	@Transactional(readOnly = true)
	public Standing standing(UUID accountId, boolean staff) {
		return levels.standing(accountId, staff);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Post> waiting(Long threadId, Participant author) {
		if (author == null) {
			return List.of();
		}
		return store.waitingPostIds(author.accountId(), threadId).stream().map(id -> posts.post(id).orElseThrow())
				.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean moderates(Participant who) {
		return moderators.moderates(who);
	}

	private void publishApproved(TrustStore.PostPlace place, Participant moderator) {
		var now = clock.instant();
		store.decide(place.postId(), "APPROVED", moderator.accountId(), now);
		setStatus(place, PostStatus.VISIBLE, now);
		events.publishEvent(store.published(place.postId()).orElseThrow());
	}

	/** Changes the post (and the thread, for its first post) and says so. */
	private void setStatus(TrustStore.PostPlace place, PostStatus status, Instant now) {
		store.setPostStatus(place, status, now);
		if (place.firstPost()) {
			store.setThreadStatus(place.threadId(), status);
			events.publishEvent(new ThreadChanged(place.threadId(), place.spaceSlug()));
		}
		events.publishEvent(new PostChanged(place.postId(), place.threadId(), place.spaceSlug()));
	}

	private TrustStore.PostPlace moderated(long postId, Participant moderator) {
		Moderators.signedIn(moderator);
		var place = store.place(postId).orElseThrow(() -> new CommunityNotFound("No post " + postId + "."));
		moderators.requireFor(place.spaceId(), moderator);
		return place;
	}

	private TrustStore.ThreadPlace moderatedThread(long threadId, Participant moderator) {
		Moderators.signedIn(moderator);
		var thread = store.thread(threadId).orElseThrow(() -> new CommunityNotFound("No thread " + threadId + "."));
		moderators.requireFor(thread.spaceId(), moderator);
		return thread;
	}

	private static CommunityRefused notWaiting() {
		return new CommunityRefused(HttpStatus.CONFLICT, null, "trust.error.notWaiting",
				"This post is not waiting for approval.");
	}

	private static CommunityRefused notWaitingAction() {
		return new CommunityRefused(HttpStatus.CONFLICT, null, "trust.error.waitingPost",
				"This post waits for approval: approve or reject it.");
	}
}
