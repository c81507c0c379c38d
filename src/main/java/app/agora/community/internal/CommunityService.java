package app.agora.community.internal;

import app.agora.community.Community;
import app.agora.community.CommunityNotFound;
import app.agora.community.CommunityRefused;
import app.agora.community.Participant;
import app.agora.community.Post;
import app.agora.community.PostChanged;
import app.agora.community.PostPublished;
import app.agora.community.PostRevision;
import app.agora.community.Space;
import app.agora.community.SpaceChanged;
import app.agora.community.SpaceDraft;
import app.agora.community.ThreadChanged;
import app.agora.community.ThreadDraft;
import app.agora.community.ThreadList;
import app.agora.community.ThreadPage;
import app.agora.community.ThreadSummary;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community's rules: who reads which space, who posts where, what a post
 * may hold; every published post is announced as {@link PostPublished}.
 */
@Service
@Transactional
class CommunityService implements Community {

	static final int THREADS_PER_PAGE = 20;
	static final int POSTS_PER_PAGE = 20;
	static final int MAX_TITLE = 200;
	static final int MAX_TEXT = 20_000;

	private final CommunityStore store;
	private final MarkdownPosts markdown;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final PostGate gate;
	private final Moderators moderators;

	CommunityService(CommunityStore store, MarkdownPosts markdown, ApplicationEventPublisher events,
			Optional<Clock> clock, PostGate gate, Moderators moderators) {
		this.moderators = moderators;
		this.store = store;
		this.markdown = markdown;
		this.events = events;
		this.gate = gate;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Space> spaces(Participant reader) {
		return store.spaces().stream().filter(s -> s.readableBy(reader)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Space space(String slug, Participant reader) {
		return store.spaceBySlug(slug).filter(s -> s.readableBy(reader))
				.orElseThrow(() -> new CommunityNotFound("No space '" + slug + "'."));
	}

	@Override
	public Space createSpace(SpaceDraft draft, Participant staff) {
		requireStaff(staff);
		SpaceDraft valid = validSpace(draft, null);
		return store.spaceById(store.insertSpace(valid, clock.instant())).orElseThrow();
	}

	@Override
	public Space updateSpace(String slug, SpaceDraft draft, Participant staff) {
		requireStaff(staff);
		Space space = space(slug, staff);
		SpaceDraft valid = validSpace(draft, space.id());
		store.updateSpace(space.id(), valid, clock.instant());
		events.publishEvent(new SpaceChanged(space.slug()));
		return store.spaceById(space.id()).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public ThreadList threads(String slug, Participant reader, int page) {
		Space space = space(slug, reader);
		long total = store.countThreads(space.id());
		int pages = (int) Math.max(1, (total + THREADS_PER_PAGE - 1) / THREADS_PER_PAGE);
		int current = Math.clamp(page, 1, pages);
		return new ThreadList(space, store.threads(space.id(), (current - 1) * THREADS_PER_PAGE, THREADS_PER_PAGE),
				current, THREADS_PER_PAGE, total, pages);
	}

	@Override
	@Transactional(readOnly = true)
	public ThreadPage thread(String slug, long threadId, Participant reader, int page) {
		Space space = space(slug, reader);
		ThreadSummary thread = threadIn(space, threadId);
		int total = store.countPosts(threadId);
		int pages = Math.max(1, (total + POSTS_PER_PAGE - 1) / POSTS_PER_PAGE);
		int current = Math.clamp(page, 1, pages);
		return new ThreadPage(space, thread, store.posts(threadId, (current - 1) * POSTS_PER_PAGE, POSTS_PER_PAGE),
				current, POSTS_PER_PAGE, pages);
	}

	@Override
	public ThreadSummary startThread(String slug, ThreadDraft draft, Participant author) {
		Space space = writableSpace(slug, author);
		if (draft.kind() == null) {
			throw CommunityRefused.invalid("kind", "community.error.kind", "Choose the kind of thread.");
		}
		String title = draft.title() == null ? "" : draft.title().strip();
		if (title.isEmpty()) {
			throw CommunityRefused.invalid("title", "community.error.titleEmpty", "The title is empty.");
		}
		if (title.length() > MAX_TITLE) {
			throw CommunityRefused.invalid("title", "community.error.titleLong",
					"The title is longer than " + MAX_TITLE + " characters.");
		}
		String text = validText(draft.text());
		String product = draft.productName() == null || draft.productName().isBlank()
				? null
				: draft.productName().strip();
		var now = storedInstant();
		// Trust and moderation: a NEW member's first posts wait, and so does their
		// thread.
		PostGate.Admission admission = gate.admit(author, null, text, now);
		long threadId = store.insertThread(space.id(), draft.kind(), title, product, authorOf(author), now,
				admission.status());
		long postId = storePost(threadId, text, null, author, now, admission).id();
		if (admission.visible()) {
			announce(space, threadIn(space, threadId), postId, true, text, author, now);
		}
		return store.threadInAnyStatus(space.id(), threadId).orElseThrow();
	}

	@Override
	public Post reply(String slug, long threadId, String text, Long quotedPostId, Participant author) {
		Space space = writableSpace(slug, author);
		ThreadSummary thread = threadIn(space, threadId);
		if (thread.locked()) {
			throw CommunityRefused.locked();
		}
		String valid = validText(text);
		Post quoted = quotedPostId == null
				? null
				: store.post(quotedPostId).filter(p -> p.threadId() == threadId).orElseThrow(() -> CommunityRefused
						.invalid("quote", "community.error.quote", "The quoted post is not in this thread."));
		var now = storedInstant();
		PostGate.Admission admission = gate.admit(author, threadId, valid, now);
		Post post = storePost(threadId, valid, quoted, author, now, admission);
		if (admission.visible()) {
			announce(space, thread, post.id(), false, valid, author, now);
		}
		return post;
	}

	@Override
	@Transactional(readOnly = true)
	public Post post(long postId, Participant reader) {
		long[] place = store.placeOf(postId).orElseThrow(() -> noPost(postId));
		Space space = store.spaceById(place[0]).filter(s -> s.readableBy(reader)).orElseThrow(() -> noPost(postId));
		threadIn(space, place[1]);
		return store.post(postId).filter(p -> p.status() == app.agora.community.PostStatus.VISIBLE)
				.orElseThrow(() -> noPost(postId));
	}

	@Override
	public Post edit(long postId, String text, int expectedVersion, Participant author) {
		Post post = post(postId, author);
		if (author == null || !post.authorAccountId().equals(author.accountId())) {
			throw CommunityRefused.notAuthor();
		}
		gate.checkNotSuspended(author, clock.instant());
		String valid = validText(text);
		if (post.version() != expectedVersion
				|| !store.updatePost(post, valid, markdown.toSafeHtml(valid), author.accountId(), clock.instant())) {
			throw CommunityRefused.stale();
		}
		long[] place = store.placeOf(postId).orElseThrow();
		events.publishEvent(new PostChanged(postId, place[1], pathSpace(place[0])));
		return store.post(postId).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<PostRevision> revisions(long postId, Participant reader) {
		post(postId, reader);
		return store.revisions(postId);
	}

	@Override
	public void lock(String slug, long threadId, boolean locked, Participant staff) {
		requireStaff(staff);
		Space space = space(slug, staff);
		threadIn(space, threadId);
		store.setLocked(threadId, locked);
		events.publishEvent(new ThreadChanged(threadId, space.slug()));
		moderators.log(staff, locked ? "LOCK" : "UNLOCK", "THREAD", threadId, space.id(), null);
	}

	@Override
	@Transactional(readOnly = true)
	public String pathOf(Post post) {
		long[] place = store.placeOf(post.id()).orElseThrow(() -> noPost(post.id()));
		Space space = store.spaceById(place[0]).orElseThrow();
		return threadIn(space, place[1]).path();
	}

	private String pathSpace(long spaceId) {
		return store.spaceById(spaceId).orElseThrow().slug();
	}

	/** The post as stored, without reading it back. */
	private Post storePost(long threadId, String text, Post quoted, Participant author, java.time.Instant now,
			PostGate.Admission admission) {
		Post post = store.insertPost(threadId, authorOf(author), text, markdown.toSafeHtml(text), quoted, now,
				admission.status());
		gate.stored(post.id(), admission, now);
		return post;
	}

	/**
	 * Now, to the microsecond the databases keep, so that what a write answers is
	 * what a later read gives.
	 */
	private java.time.Instant storedInstant() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	/**
	 * A visible post is announced to the modules that listen, in its transaction.
	 */
	private void announce(Space space, ThreadSummary thread, long postId, boolean opensThread, String text,
			Participant author, java.time.Instant now) {
		events.publishEvent(new PostPublished(postId, thread.id(), space.slug(), thread.kind(), author.partyId(),
				thread.productName(), text, author.accountId(), author.displayName(), thread.path() + "#post-" + postId,
				now, opensThread, author.staff()));
	}

	private Space writableSpace(String slug, Participant author) {
		if (author == null) {
			throw new CommunityRefused(HttpStatus.UNAUTHORIZED, null, "community.error.signIn", "Sign in to post.");
		}
		// Posting into a members-only space one is not a member of is refused (403),
		// not hidden: whoever posts there already knows its address.
		Space space = store.spaceBySlug(slug).orElseThrow(() -> new CommunityNotFound("No space '" + slug + "'."));
		if (!space.writableBy(author)) {
			throw CommunityRefused.notMember();
		}
		return space;
	}

	private ThreadSummary threadIn(Space space, long threadId) {
		return store.thread(space.id(), threadId)
				.orElseThrow(() -> new CommunityNotFound("No thread " + threadId + " in this space."));
	}

	private static String validText(String text) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			throw CommunityRefused.invalid("text", "community.error.textEmpty", "The post is empty.");
		}
		if (value.length() > MAX_TEXT) {
			throw CommunityRefused.invalid("text", "community.error.textLong",
					"The post is longer than " + MAX_TEXT + " characters.");
		}
		return value;
	}

	private SpaceDraft validSpace(SpaceDraft draft, Long spaceId) {
		String name = draft.name() == null ? "" : draft.name().strip();
		if (name.isEmpty() || name.length() > 120) {
			throw CommunityRefused.invalid("name", "community.error.spaceName",
					"A space needs a name of at most 120 characters.");
		}
		String slug = draft.slug() == null || draft.slug().isBlank()
				? app.agora.community.Slugs.of(name)
				: draft.slug().strip();
		if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80) {
			throw CommunityRefused.invalid("slug", "community.error.slug",
					"The address may hold only lower-case letters, digits and dashes.");
		}
		if (store.slugTaken(slug, spaceId)) {
			throw CommunityRefused.invalid("slug", "community.error.slugTaken", "Another space has this address.");
		}
		String description = draft.description() == null ? "" : draft.description().strip();
		if (description.length() > 2000) {
			throw CommunityRefused.invalid("description", "community.error.description",
					"The description is longer than 2000 characters.");
		}
		if (draft.visibility() == null) {
			throw CommunityRefused.invalid("visibility", "community.error.visibility", "Choose who may read it.");
		}
		List<String> products = draft.products().stream().map(String::strip).filter(p -> !p.isEmpty())
				.filter(p -> p.length() <= 200).distinct().toList();
		return new SpaceDraft(slug, name, description, draft.visibility(), products, draft.members(),
				draft.moderators());
	}

	private static void requireStaff(Participant who) {
		if (who == null || !who.staff()) {
			throw new CommunityRefused(HttpStatus.FORBIDDEN, null, "community.error.staff",
					"Only staff manage spaces.");
		}
	}

	private static CommunityStore.Author authorOf(Participant who) {
		return new CommunityStore.Author(who.accountId(), who.partyId(), who.displayName());
	}

	private static CommunityNotFound noPost(long postId) {
		return new CommunityNotFound("No post " + postId + ".");
	}
}
