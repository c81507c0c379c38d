package app.agora.community.internal;

import app.agora.community.AnswerAccepted;
import app.agora.community.Community;
import app.agora.community.CommunityAnswers;
import app.agora.community.CommunityNotFound;
import app.agora.community.CommunityRefused;
import app.agora.community.IdeaStatus;
import app.agora.community.IdeaStatusChanged;
import app.agora.community.IdeaStatusEntry;
import app.agora.community.Participant;
import app.agora.community.Post;
import app.agora.community.PostLiked;
import app.agora.community.PostLikes;
import app.agora.community.PostStatus;
import app.agora.community.Space;
import app.agora.community.TallyChanged;
import app.agora.community.ThreadChanged;
import app.agora.community.ThreadKind;
import app.agora.community.ThreadList;
import app.agora.community.ThreadStanding;
import app.agora.community.ThreadSummary;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of accepted answers, idea votes and status, and likes: who may do
 * what, and what is refused before anything is stored.
 */
@Service
@Transactional
class AnswersService implements CommunityAnswers {

	static final int MAX_COMMENT = 2000;

	private final Community community;
	private final CommunityStore posts;
	private final AnswersStore store;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AnswersService(Community community, CommunityStore posts, AnswersStore store, ApplicationEventPublisher events,
			Optional<Clock> clock) {
		this.community = community;
		this.posts = posts;
		this.store = store;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A readable thread and its space. */
	private record Place(Space space, ThreadSummary thread) {
	}

	@Override
	@Transactional(readOnly = true)
	public ThreadStanding standing(String slug, long threadId, Participant reader) {
		Place place = readable(slug, threadId, reader);
		return standings(List.of(place.thread()), reader).get(threadId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, ThreadStanding> standings(List<ThreadSummary> threads, Participant reader) {
		List<Long> ids = threads.stream().map(ThreadSummary::id).toList();
		Map<Long, Long> accepted = store.acceptedPostIds(ids);
		Map<Long, Integer> votes = store.votes(ids);
		Set<Long> voted = store.votedBy(ids, reader == null ? null : reader.accountId());
		Map<Long, IdeaStatus> statuses = store.ideaStatuses(
				threads.stream().filter(t -> t.kind() == ThreadKind.IDEA).map(ThreadSummary::id).toList());
		Map<Long, ThreadStanding> standings = new HashMap<>();
		for (ThreadSummary t : threads) {
			Long answer = t.kind() == ThreadKind.QUESTION ? accepted.get(t.id()) : null;
			int page = answer == null ? 1 : store.pageOf(t.id(), answer, CommunityService.POSTS_PER_PAGE);
			standings.put(t.id(), new ThreadStanding(t.id(), t.kind(), answer, page, votes.getOrDefault(t.id(), 0),
					voted.contains(t.id()), t.kind() == ThreadKind.IDEA ? statuses.get(t.id()) : null));
		}
		return standings;
	}

	@Override
	public ThreadStanding accept(String slug, long threadId, long postId, Participant who) {
		Place place = mayAccept(slug, threadId, who);
		Post post = posts.post(postId).filter(p -> p.threadId() == threadId && p.status() == PostStatus.VISIBLE)
				.orElseThrow(() -> CommunityRefused.invalid("postId", "community.answers.error.otherThread",
						"Post " + postId + " is not a reply of this thread."));
		if (store.firstPostId(threadId).orElseThrow() == postId) {
			throw CommunityRefused.invalid("postId", "community.answers.error.question",
					"The question itself cannot be its answer: accept a reply.");
		}
		store.accept(threadId, postId, who.accountId(), clock.instant());
		events.publishEvent(
				new AnswerAccepted(threadId, postId, place.space().slug(), post.authorAccountId(), who.accountId()));
		events.publishEvent(new ThreadChanged(threadId, place.space().slug()));
		return standing(slug, threadId, who);
	}

	@Override
	public ThreadStanding unaccept(String slug, long threadId, Participant who) {
		Place place = mayAccept(slug, threadId, who);
		if (store.clearAccepted(threadId)) {
			events.publishEvent(new ThreadChanged(threadId, place.space().slug()));
		}
		return standing(slug, threadId, who);
	}

	private Place mayAccept(String slug, long threadId, Participant who) {
		Place place = writable(slug, threadId, who);
		if (place.thread().kind() != ThreadKind.QUESTION) {
			throw new CommunityRefused(HttpStatus.CONFLICT, null, "community.answers.error.notQuestion",
					"Only a question has an accepted answer.");
		}
		boolean asker = store.threadAuthor(threadId).filter(who.accountId()::equals).isPresent();
		if (!asker && !who.staff() && !place.space().moderators().contains(who.accountId())) {
			throw new CommunityRefused(HttpStatus.FORBIDDEN, null, "community.answers.error.notAsker",
					"Only the asker, staff or a moderator of the space may accept an answer.");
		}
		return place;
	}

	@Override
	public ThreadStanding vote(String slug, long threadId, Participant who) {
		Place place = idea(slug, threadId, who);
		if (store.hasVoted(threadId, who.accountId())) {
			throw votedTwice();
		}
		try {
			store.addVote(threadId, who.accountId(), clock.instant());
		} catch (DuplicateKeyException sameMomentVote) {
			throw votedTwice();
		}
		events.publishEvent(new TallyChanged(threadId, place.space().slug()));
		return standing(place.space().slug(), threadId, who);
	}

	@Override
	public ThreadStanding withdrawVote(String slug, long threadId, Participant who) {
		Place place = idea(slug, threadId, who);
		if (!store.removeVote(threadId, who.accountId())) {
			throw new CommunityRefused(HttpStatus.CONFLICT, null, "community.answers.error.notVoted",
					"You have not voted for this idea.");
		}
		events.publishEvent(new TallyChanged(threadId, place.space().slug()));
		return standing(place.space().slug(), threadId, who);
	}

	@Override
	public ThreadStanding changeIdeaStatus(String slug, long threadId, IdeaStatus status, String comment,
			Participant staff) {
		signedIn(staff);
		if (!staff.staff()) {
			throw new CommunityRefused(HttpStatus.FORBIDDEN, null, "community.answers.error.staffOnly",
					"Only staff change the status of an idea.");
		}
		Place place = idea(slug, threadId, staff);
		if (status == null) {
			throw CommunityRefused.invalid("status", "community.answers.error.status",
					"Choose one of OPEN, UNDER_REVIEW, PLANNED, DONE, DECLINED.");
		}
		String text = comment == null ? "" : comment.strip();
		if (text.isEmpty()) {
			throw CommunityRefused.invalid("comment", "community.answers.error.commentEmpty",
					"Say publicly why the status changes.");
		}
		if (text.length() > MAX_COMMENT) {
			throw CommunityRefused.invalid("comment", "community.answers.error.commentLong",
					"The comment is longer than " + MAX_COMMENT + " characters.");
		}
		store.addStatus(threadId, status, text, staff.accountId(), staff.displayName(), clock.instant());
		events.publishEvent(new IdeaStatusChanged(threadId, place.space().slug(), place.thread().title(), status.name(),
				text, store.voters(threadId)));
		events.publishEvent(new ThreadChanged(threadId, place.space().slug()));
		return standing(slug, threadId, staff);
	}

	@Override
	@Transactional(readOnly = true)
	public List<IdeaStatusEntry> ideaHistory(String slug, long threadId, Participant reader) {
		readable(slug, threadId, reader);
		return store.history(threadId);
	}

	@Override
	@Transactional(readOnly = true)
	public ThreadList ideas(String slug, IdeaStatus status, Participant reader, int page) {
		Space space = community.space(slug, reader);
		int size = CommunityService.THREADS_PER_PAGE;
		long total = store.countIdeas(space.id(), status);
		int pages = (int) Math.max(1, (total + size - 1) / size);
		int current = Math.clamp(page, 1, pages);
		List<ThreadSummary> threads = store.ideas(space.id(), status, (current - 1) * size, size).stream()
				.map(id -> posts.thread(space.id(), id)).flatMap(Optional::stream).toList();
		return new ThreadList(space, threads, current, size, total, pages);
	}

	@Override
	public PostLikes like(long postId, Participant who) {
		signedIn(who);
		Post post = community.post(postId, who);
		writableSpaceOf(postId, who);
		if (post.authorAccountId().equals(who.accountId())) {
			throw CommunityRefused.invalid("postId", "community.answers.error.ownPost",
					"You cannot like your own post.");
		}
		if (!store.likedBy(List.of(postId), who.accountId()).isEmpty()) {
			throw likedTwice();
		}
		try {
			store.addLike(postId, who.accountId(), clock.instant());
		} catch (DuplicateKeyException sameMomentLike) {
			throw likedTwice();
		}
		events.publishEvent(new PostLiked(postId, post.threadId(), post.authorAccountId(), who.accountId()));
		return likes(List.of(post), who).get(postId);
	}

	@Override
	public PostLikes unlike(long postId, Participant who) {
		signedIn(who);
		Post post = community.post(postId, who);
		Space space = writableSpaceOf(postId, who);
		if (!store.removeLike(postId, who.accountId())) {
			throw new CommunityRefused(HttpStatus.CONFLICT, null, "community.answers.error.notLiked",
					"You do not like this post.");
		}
		events.publishEvent(new TallyChanged(post.threadId(), space.slug()));
		return likes(List.of(post), who).get(postId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, PostLikes> likes(List<Post> list, Participant reader) {
		List<Long> ids = list.stream().map(Post::id).toList();
		Map<Long, Integer> counts = store.likes(ids);
		Set<Long> mine = store.likedBy(ids, reader == null ? null : reader.accountId());
		Map<Long, PostLikes> likes = new HashMap<>();
		ids.forEach(id -> likes.put(id, new PostLikes(id, counts.getOrDefault(id, 0), mine.contains(id))));
		return likes;
	}

	private Place idea(String slug, long threadId, Participant who) {
		Place place = writable(slug, threadId, who);
		if (place.thread().kind() != ThreadKind.IDEA) {
			throw new CommunityRefused(HttpStatus.CONFLICT, null, "community.answers.error.notIdea",
					"Only an idea takes votes and a status.");
		}
		return place;
	}

	private Place readable(String slug, long threadId, Participant reader) {
		Space space = community.space(slug, reader);
		ThreadSummary thread = posts.thread(space.id(), threadId)
				.orElseThrow(() -> new CommunityNotFound("No thread " + threadId + " in this space."));
		return new Place(space, thread);
	}

	private Place writable(String slug, long threadId, Participant who) {
		signedIn(who);
		Place place = readable(slug, threadId, who);
		if (!place.space().writableBy(who)) {
			throw CommunityRefused.notMember();
		}
		return place;
	}

	/**
	 * The space holding the post, once it is sure that this person may write there.
	 */
	private Space writableSpaceOf(long postId, Participant who) {
		long spaceId = posts.placeOf(postId).orElseThrow()[0];
		Space space = posts.spaceById(spaceId).orElseThrow();
		if (!space.writableBy(who)) {
			throw CommunityRefused.notMember();
		}
		return space;
	}

	private static CommunityRefused votedTwice() {
		return new CommunityRefused(HttpStatus.CONFLICT, null, "community.answers.error.votedTwice",
				"You have already voted for this idea.");
	}

	private static CommunityRefused likedTwice() {
		return new CommunityRefused(HttpStatus.CONFLICT, null, "community.answers.error.likedTwice",
				"You already like this post.");
	}

	private static void signedIn(Participant who) {
		if (who == null) {
			throw new CommunityRefused(HttpStatus.UNAUTHORIZED, null, "community.error.signIn", "Sign in first.");
		}
	}
}
