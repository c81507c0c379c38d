package app.agora.community.internal;

import app.agora.access.SignedInUser;
import app.agora.community.CommunityAnswers;
import app.agora.community.IdeaStatus;
import app.agora.community.IdeaStatusEntry;
import app.agora.community.Participant;
import app.agora.community.Post;
import app.agora.community.PostLikes;
import app.agora.community.PostStatus;
import app.agora.community.ThreadKind;
import app.agora.community.ThreadList;
import app.agora.community.ThreadPage;
import app.agora.community.ThreadStanding;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the thread and space pages show of answers, votes and likes, for the
 * templates ({@code ${@answersView.of(page, me)}}), so the pages' controller
 * stays as it is.
 */
@Component("answersView")
public class AnswersView {

	private final CommunityAnswers answers;
	private final CommunityStore posts;
	private final AnswersStore store;

	AnswersView(CommunityAnswers answers, CommunityStore posts, AnswersStore store) {
		this.answers = answers;
		this.posts = posts;
		this.store = store;
	}

	/**
	 * A thread page's answers and votes.
	 *
	 * @param accepted
	 *            the accepted answer to show after the question, or null
	 * @param acceptedHref
	 *            where it is in the thread
	 * @param mayAccept
	 *            whether the reader may accept or undo an answer
	 * @param firstPostId
	 *            the question itself, which is never its answer
	 */
	public record ThreadView(ThreadStanding standing, Post accepted, String acceptedHref, boolean mayAccept,
			long firstPostId, Map<Long, PostLikes> likes, List<IdeaStatusEntry> history, List<IdeaStatus> statuses) {

		public boolean question() {
			return standing.kind() == ThreadKind.QUESTION;
		}

		public boolean idea() {
			return standing.kind() == ThreadKind.IDEA;
		}

		public boolean isAccepted(Post post) {
			return standing.acceptedPostId() != null && standing.acceptedPostId() == post.id();
		}

		public PostLikes likesOf(Post post) {
			return likes.get(post.id());
		}
	}

	public ThreadView of(ThreadPage page, SignedInUser me) {
		Participant who = Participant.of(me).orElse(null);
		long threadId = page.thread().id();
		// The page was read through Community, which checked the reader may see it.
		ThreadStanding standing = answers.standings(List.of(page.thread()), who).get(threadId);
		Post accepted = standing.solved()
				? posts.post(standing.acceptedPostId()).filter(p -> p.status() == PostStatus.VISIBLE).orElse(null)
				: null;
		String href = accepted == null
				? null
				: page.thread().path() + (standing.acceptedPage() > 1 ? "?page=" + standing.acceptedPage() : "")
						+ "#post-" + accepted.id();
		boolean mayAccept = who != null && standing.kind() == ThreadKind.QUESTION
				&& (who.staff() || page.space().moderators().contains(who.accountId())
						|| store.threadAuthor(threadId).filter(who.accountId()::equals).isPresent());
		List<IdeaStatusEntry> history = standing.kind() == ThreadKind.IDEA ? store.history(threadId) : List.of();
		return new ThreadView(standing, accepted, href, mayAccept, store.firstPostId(threadId).orElse(0L),
				answers.likes(page.posts(), who), history, List.of(IdeaStatus.values()));
	}

	/** The standings of a space page's threads, by thread id. */
	public Map<Long, ThreadStanding> list(ThreadList list, SignedInUser me) {
		return answers.standings(list.threads(), Participant.of(me).orElse(null));
	}

	public List<IdeaStatus> statuses() {
		return List.of(IdeaStatus.values());
	}
}
