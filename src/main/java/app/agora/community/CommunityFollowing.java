package app.agora.community;

/**
 * Following a space (told of its new threads) or a thread (told of its
 * replies). Only what the person may read can be followed: a members-only space
 * answers {@link CommunityNotFound} to outsiders. Authors follow their own
 * threads without asking.
 */
public interface CommunityFollowing {

	void followSpace(String slug, Participant who);

	void followThread(String slug, long threadId, Participant who);
}
