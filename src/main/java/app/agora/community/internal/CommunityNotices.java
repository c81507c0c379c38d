package app.agora.community.internal;

import app.agora.community.AnswerAccepted;
import app.agora.community.IdeaStatusChanged;
import app.agora.community.OwnerQuestionAsked;
import app.agora.community.Post;
import app.agora.community.PostChanged;
import app.agora.community.PostLiked;
import app.agora.community.PostStatus;
import app.agora.community.Space;
import app.agora.community.ThreadSummary;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns community events into notifications, after the transaction that caused
 * them committed (published posts through {@link NoticeWorker}, the rest as
 * event publications): replies (to the thread's author and followers),
 * mentions, accepted answers, idea status (to voters), new threads (to the
 * space's followers), owner questions (to the owners listed) and likes. Each is
 * keyed by (recipient, kind, post or thread), so a redelivered event notifies
 * nobody twice; someone mentioned in a reply is told once, of the mention.
 */
@Component
class CommunityNotices {

	private final CommunityStore store;
	private final ThreadStarts starts;
	private final Follows follows;
	private final MemberHandles handles;
	private final MarkdownPosts markdown;
	private final Notifier notifier;

	CommunityNotices(CommunityStore store, ThreadStarts starts, Follows follows, MemberHandles handles,
			MarkdownPosts markdown, Notifier notifier) {
		this.store = store;
		this.starts = starts;
		this.follows = follows;
		this.handles = handles;
		this.markdown = markdown;
		this.notifier = notifier;
	}

	/**
	 * A published post's notifications, given by {@link NoticeWorker} after the
	 * post's commit.
	 */
	void published(long postId, long threadId, String spaceSlug, boolean opensThread) {
		var place = place(spaceSlug, threadId, postId).orElse(null);
		if (place == null) {
			return;
		}
		Post post = place.post();
		UUID author = post.authorAccountId();
		Set<UUID> told = new HashSet<>(mentions(place));
		String ref = "post:" + post.id();
		String excerpt = excerpt(post);
		if (opensThread) {
			for (UUID follower : follows.followers(Follows.Target.SPACE, place.space().id(), post.createdAt())) {
				if (!told.contains(follower)) {
					notifier.tell(follower, author, about(NoticeKind.NEW_THREAD, "thread:" + threadId, place,
							post.authorName(), place.thread().title(), place.space().name(), excerpt));
				}
			}
			return;
		}
		Set<UUID> toTell = new LinkedHashSet<>();
		starts.authorOf(threadId).ifPresent(toTell::add);
		toTell.addAll(follows.followers(Follows.Target.THREAD, threadId, post.createdAt()));
		toTell.removeAll(told);
		for (UUID recipient : toTell) {
			notifier.tell(recipient, author,
					about(NoticeKind.REPLY, ref, place, post.authorName(), place.thread().title(), excerpt));
		}
	}

	/** An edit may add mentions; those already told are not told again. */
	@ApplicationModuleListener
	void on(PostChanged event) {
		place(event.spaceSlug(), event.threadId(), event.postId()).ifPresent(this::mentions);
	}

	@ApplicationModuleListener
	void on(AnswerAccepted event) {
		place(event.spaceSlug(), event.threadId(), event.postId())
				.ifPresent(place -> notifier.tell(event.answerAuthorAccountId(), event.acceptedByAccountId(),
						about(NoticeKind.ANSWER_ACCEPTED, "post:" + event.postId(), place, place.thread().title())));
	}

	@ApplicationModuleListener
	void on(IdeaStatusChanged event) {
		var place = thread(event.spaceSlug(), event.threadId()).orElse(null);
		if (place == null || event.voterAccountIds() == null) {
			return;
		}
		String status = event.status() == null ? "" : event.status().toLowerCase(Locale.ROOT).replace('_', ' ');
		String comment = event.comment() == null ? "" : event.comment();
		for (UUID voter : new LinkedHashSet<>(event.voterAccountIds())) {
			notifier.tell(voter, null, about(NoticeKind.IDEA_STATUS,
					"thread:" + event.threadId() + ":" + event.status(), place, event.title(), status, comment));
		}
	}

	@ApplicationModuleListener
	void on(OwnerQuestionAsked event) {
		var place = thread(event.spaceSlug(), event.threadId()).orElse(null);
		if (place == null || event.ownerAccountIds() == null) {
			return;
		}
		for (UUID owner : new LinkedHashSet<>(event.ownerAccountIds())) {
			notifier.tell(owner, event.askerAccountId(), about(NoticeKind.OWNER_QUESTION, "thread:" + event.threadId(),
					place, event.productName(), event.title()));
		}
	}

	@ApplicationModuleListener
	void on(PostLiked event) {
		var post = store.placeOf(event.postId()).flatMap(p -> store.spaceById(p[0]))
				.flatMap(space -> place(space.slug(), event.threadId(), event.postId()));
		post.ifPresent(place -> notifier.tell(event.authorAccountId(), event.likerAccountId(), about(NoticeKind.LIKE,
				"post:" + event.postId() + ":" + event.likerAccountId(), place, place.thread().title())));
	}

	/** Tells the members a post mentions; answers who they are. */
	private Set<UUID> mentions(Place place) {
		Post post = place.post();
		Set<UUID> mentioned = new HashSet<>();
		var members = handles.members(markdown.mentions(post.source()));
		String excerpt = members.isEmpty() ? "" : excerpt(post);
		for (var member : members) {
			mentioned.add(member.accountId());
			notifier.tell(member.accountId(), post.authorAccountId(), about(NoticeKind.MENTION, "post:" + post.id(),
					place, post.authorName(), place.thread().title(), excerpt));
		}
		return mentioned;
	}

	private Notifier.About about(NoticeKind kind, String ref, Place place, Object... args) {
		String path = place.thread().path() + (place.post() == null ? "" : "#post-" + place.post().id());
		return new Notifier.About(kind, ref, place.space(), place.thread().id(),
				place.post() == null ? null : place.post().id(), path, args);
	}

	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

	private record Place(Space space, ThreadSummary thread, Post post) {
	}

	private Optional<Place> thread(String slug, long threadId) {
		return store.spaceBySlug(slug)
				.flatMap(space -> store.thread(space.id(), threadId).map(thread -> new Place(space, thread, null)));
	}

	/** The visible post in its visible thread and space, if it still is. */
	private Optional<Place> place(String slug, long threadId, long postId) {
		return thread(slug, threadId).flatMap(
				place -> store.post(postId).filter(p -> p.threadId() == threadId && p.status() == PostStatus.VISIBLE)
						.map(post -> new Place(place.space(), place.thread(), post)));
	}

	private static String excerpt(Post post) {
		String flat = SPACES.matcher(post.source()).replaceAll(" ").strip();
		return flat.length() > 200 ? flat.substring(0, 199) + "…" : flat;
	}
}
