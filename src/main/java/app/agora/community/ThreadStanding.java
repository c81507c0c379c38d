package app.agora.community;

/**
 * What others see of a thread beyond its posts: the accepted answer of a
 * question, the votes and status of an idea, and whether the reader voted.
 *
 * @param acceptedPostId
 *            the accepted answer, or null
 * @param acceptedPage
 *            the page of the thread the accepted answer is on (1 when none)
 */
public record ThreadStanding(long threadId, ThreadKind kind, Long acceptedPostId, int acceptedPage, int votes,
		boolean votedByMe, IdeaStatus ideaStatus) {

	/** A question with an accepted answer. */
	public boolean solved() {
		return acceptedPostId != null;
	}
}
