package app.agora.community.internal;

import app.agora.access.Accounts;
import app.agora.access.SignedInUser;
import app.agora.community.Moderation;
import app.agora.community.Participant;
import app.agora.community.Post;
import app.agora.community.ThreadPage;
import app.agora.community.TrustLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a thread page shows beside author names (trust level and badges: staff,
 * moderator of the space, expert of the space), the reader's own posts waiting
 * for approval, and whether the reader moderates the space (flag and moderator
 * links). The verified-owner badge is rendered when the model holds the post id
 * in {@code verifiedOwnerPosts} (a set the reviews code fills).
 */
@Component
class AuthorBadges {

	/** One author as the badges fragment shows them. */
	record Author(TrustLevel level, boolean staff, boolean moderator, boolean expert) {

		/** The message keys of the author's badges, in the order they are shown. */
		public List<String> badges() {
			List<String> badges = new ArrayList<>(3);
			if (staff) {
				badges.add("trust.badge.staff");
			}
			if (moderator) {
				badges.add("trust.badge.moderator");
			}
			if (expert) {
				badges.add("trust.badge.expert");
			}
			return badges;
		}
	}

	private final TrustLevels levels;
	private final TrustStore store;
	private final TrustSettings settings;
	private final Accounts accounts;
	private final Moderation moderation;

	AuthorBadges(TrustLevels levels, TrustStore store, TrustSettings settings, Accounts accounts,
			Moderation moderation) {
		this.levels = levels;
		this.store = store;
		this.settings = settings;
		this.accounts = accounts;
		this.moderation = moderation;
	}

	void addTo(Model model, ThreadPage page) {
		Participant me = reader();
		List<Post> waiting = moderation.waiting(page.thread().id(), me);
		Set<UUID> ids = new LinkedHashSet<>();
		page.posts().forEach(post -> ids.add(post.authorAccountId()));
		waiting.forEach(post -> ids.add(post.authorAccountId()));
		model.addAttribute("authors", authors(ids, page));
		model.addAttribute("myWaiting", waiting);
		model.addAttribute("flagReasons", app.agora.community.FlagReason.values());
		model.addAttribute("moderatesSpace",
				me != null && (me.staff() || page.space().moderators().contains(me.accountId())));
	}

	/**
	 * Whether this person moderates any space (staff always): the spaces page links
	 * to the queue.
	 */
	boolean moderates(Participant who) {
		return moderation.moderates(who);
	}

	/** Whether this person's post in this thread waits for approval. */
	boolean waits(long threadId, Participant author) {
		return !moderation.waiting(threadId, author).isEmpty();
	}

	/** The page's authors, in three queries whatever their number. */
	private Map<UUID, Author> authors(Set<UUID> ids, ThreadPage page) {
		Map<UUID, SignedInUser> users = accounts.byIds(ids);
		Map<UUID, TrustStore.Reputation> reputations = store.reputations(ids);
		Set<UUID> experts = store.expertsIn(page.space().slug(), ids, settings.getExpertAnswers());
		Map<UUID, Author> authors = new HashMap<>();
		for (UUID id : ids) {
			SignedInUser user = users.get(id);
			boolean staff = user != null && user.isStaff();
			TrustLevel level = staff ? TrustLevel.LEADER : levels.levelOf(reputations.get(id));
			authors.put(id, new Author(level, staff, page.space().moderators().contains(id), experts.contains(id)));
		}
		return authors;
	}

	private static Participant reader() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof SignedInUser user
				? Participant.of(user).orElse(null)
				: null;
	}
}
