package app.agora.community.internal;

import app.agora.community.CommunityRefused;
import app.agora.community.Participant;
import app.agora.community.PostStatus;
import app.agora.community.TrustLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What a post must pass before it is stored: a suspended member is refused (403
 * with the end date); a NEW member's posts per hour, links per post and links
 * per hour are limited (429) and the same text twice is refused (409); a NEW
 * member's first posts, and posts repeating a link they already posted in
 * another thread, wait for approval. Everyone else posts at once.
 */
@Component
class PostGate {

	static final String FIRST_POSTS = "FIRST_POSTS";
	static final String SUSPECTED_SPAM = "SUSPECTED_SPAM";

	private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s)\\]>\"']+");

	private final TrustStore store;
	private final TrustLevels levels;
	private final TrustSettings settings;

	PostGate(TrustStore store, TrustLevels levels, TrustSettings settings) {
		this.store = store;
		this.levels = levels;
		this.settings = settings;
	}

	/** Whether the post shows at once or waits, and why it waits. */
	record Admission(PostStatus status, String waitingReason) {
		static final Admission AT_ONCE = new Admission(PostStatus.VISIBLE, null);

		boolean visible() {
			return status == PostStatus.VISIBLE;
		}
	}

	/** Refuses a suspended member (403, with the end date). */
	void checkNotSuspended(Participant author, Instant now) {
		if (author.staff()) {
			return;
		}
		store.suspendedUntil(author.accountId(), now).ifPresent(until -> {
			throw new SuspendedFromPosting(until);
		});
	}

	/**
	 * The checks above, for a post about to go into this thread (null for a new
	 * thread).
	 */
	Admission admit(Participant author, Long threadId, String text, Instant now) {
		checkNotSuspended(author, now);
		if (levels.levelOf(author.accountId(), author.staff()).atLeast(TrustLevel.MEMBER)) {
			return Admission.AT_ONCE;
		}
		var limits = settings.getNewMembers();
		Instant hourAgo = now.minus(Duration.ofHours(1));
		if (store.postsSince(author.accountId(), hourAgo) >= limits.getPostsPerHour()) {
			throw tooMany("trust.error.postsPerHour",
					"New members may post " + limits.getPostsPerHour() + " times an hour; try again later.");
		}
		Set<String> links = links(text);
		if (links.size() > limits.getLinksPerPost()) {
			throw tooMany("trust.error.linksPerPost",
					"New members may put " + limits.getLinksPerPost() + " links in a post.");
		}
		int linksThisHour = store.sourcesSince(author.accountId(), hourAgo).stream().mapToInt(s -> links(s).size())
				.sum();
		if (!links.isEmpty() && linksThisHour + links.size() > limits.getLinksPerHour()) {
			throw tooMany("trust.error.linksPerHour",
					"New members may post " + limits.getLinksPerHour() + " links an hour; try again later.");
		}
		String normal = normal(text);
		if (store.sourcesSince(author.accountId(), now.minus(limits.getDuplicateWindow())).stream()
				.map(PostGate::normal).anyMatch(normal::equals)) {
			throw new CommunityRefused(HttpStatus.CONFLICT, "text", "trust.error.duplicate",
					"You already posted this text; write something new.");
		}
		if (!links.isEmpty()
				&& store.sourcesElsewhereSince(author.accountId(), threadId, now.minus(limits.getRepeatedLinkWindow()))
						.stream().flatMap(s -> links(s).stream()).anyMatch(links::contains)) {
			return new Admission(PostStatus.PENDING, SUSPECTED_SPAM);
		}
		if (store.approvedPosts(author.accountId()) < settings.getApprovalPosts()) {
			return new Admission(PostStatus.PENDING, FIRST_POSTS);
		}
		return Admission.AT_ONCE;
	}

	/** Records why a stored post waits. */
	void stored(long postId, Admission admission, Instant now) {
		if (!admission.visible()) {
			store.markWaiting(postId, admission.waitingReason(), now);
		}
	}

	static Set<String> links(String text) {
		Set<String> links = new LinkedHashSet<>();
		Matcher m = LINK.matcher(text == null ? "" : text);
		while (m.find()) {
			links.add(m.group().toLowerCase(java.util.Locale.ROOT).replaceFirst("^https?://", "")
					.replaceFirst("^www\\.", "").replaceAll("[/.,;:!?]+$", ""));
		}
		return links;
	}

	private static String normal(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
	}

	private static CommunityRefused tooMany(String key, String detail) {
		return new CommunityRefused(HttpStatus.TOO_MANY_REQUESTS, "text", key, detail);
	}
}
