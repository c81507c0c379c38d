package app.agora.community;

import java.util.List;
import java.util.Map;

/**
 * Accepted answers on questions, votes and status on ideas, likes on posts.
 * Like {@link Community}, every method takes the person asking (null signed
 * out) and answers {@link CommunityNotFound} for what they may not see and
 * {@link CommunityRefused} for what they may not do; a refusal stores nothing.
 */
public interface CommunityAnswers {

	ThreadStanding standing(String slug, long threadId, Participant reader);

	/**
	 * The standings of threads the reader was given by {@link Community}, by thread
	 * id.
	 */
	Map<Long, ThreadStanding> standings(List<ThreadSummary> threads, Participant reader);

	/**
	 * The asker, staff or a moderator of the space marks a reply of a question as
	 * its accepted answer (replacing any earlier one).
	 */
	ThreadStanding accept(String slug, long threadId, long postId, Participant who);

	/** Undoes the accepted answer; same people as {@link #accept}. */
	ThreadStanding unaccept(String slug, long threadId, Participant who);

	/** One vote per person on an idea; a second is refused (409). */
	ThreadStanding vote(String slug, long threadId, Participant who);

	ThreadStanding withdrawVote(String slug, long threadId, Participant who);

	/**
	 * Staff move an idea to a status with a required public comment; voters are
	 * told.
	 */
	ThreadStanding changeIdeaStatus(String slug, long threadId, IdeaStatus status, String comment, Participant staff);

	/** The idea's status changes, oldest first. */
	List<IdeaStatusEntry> ideaHistory(String slug, long threadId, Participant reader);

	/** A space's ideas with this status, newest activity first. */
	ThreadList ideas(String slug, IdeaStatus status, Participant reader, int page);

	/** Likes someone else's post; one like per person. */
	PostLikes like(long postId, Participant who);

	PostLikes unlike(long postId, Participant who);

	/** The likes of posts the reader was given by {@link Community}, by post id. */
	Map<Long, PostLikes> likes(List<Post> posts, Participant reader);
}
