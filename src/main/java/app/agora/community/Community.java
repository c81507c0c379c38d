package app.agora.community;

import java.util.List;

/**
 * The community's one door for pages, the API and other modules. Every method
 * takes the person asking (null for a visitor without an account) and answers
 * {@link CommunityNotFound} for what they may not see and
 * {@link CommunityRefused} for what they may not do.
 */
public interface Community {

	/** The spaces this person may read, by name. */
	List<Space> spaces(Participant reader);

	Space space(String slug, Participant reader);

	/** Staff only. */
	Space createSpace(SpaceDraft draft, Participant staff);

	/** Staff only; the slug may change. */
	Space updateSpace(String slug, SpaceDraft draft, Participant staff);

	ThreadList threads(String slug, Participant reader, int page);

	ThreadPage thread(String slug, long threadId, Participant reader, int page);

	ThreadSummary startThread(String slug, ThreadDraft draft, Participant author);

	/** A reply, optionally quoting another post of the same thread. */
	Post reply(String slug, long threadId, String text, Long quotedPostId, Participant author);

	Post post(long postId, Participant reader);

	/**
	 * The author changes their post; the previous version is kept. Refused when
	 * {@code expectedVersion} is not the current one.
	 */
	Post edit(long postId, String text, int expectedVersion, Participant author);

	List<PostRevision> revisions(long postId, Participant reader);

	/** Staff lock a thread (no more replies) or open it again. */
	void lock(String slug, long threadId, boolean locked, Participant staff);

	/** The canonical path of the thread holding this post. */
	String pathOf(Post post);
}
