package app.agora.community;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Trust and moderation: flags, the moderator queue (posts waiting for approval
 * and flagged posts), moderator actions, suspensions and the moderation log.
 * Moderators are staff (every space) and space moderators (their spaces). Every
 * action is logged; every state change publishes {@link PostChanged} or
 * {@link ThreadChanged}.
 */
public interface Moderation {

	/** Any signed-in reader flags a post once (409 a second time). */
	void flag(long postId, FlagReason reason, String note, Participant flagger);

	/** The open flags of a post, for its moderators. */
	List<ModerationItem.Flag> flags(long postId, Participant moderator);

	/** Waiting and flagged posts of the spaces this person moderates. */
	List<ModerationItem> queue(Participant moderator);

	/**
	 * Publishes a waiting post ({@link PostPublished}, then {@link PostChanged}).
	 */
	void approve(long postId, String reason, Participant moderator);

	/** Keeps a waiting post hidden for good. */
	void reject(long postId, String reason, Participant moderator);

	void hide(long postId, String reason, Participant moderator);

	/** Shows a hidden post again and dismisses its open flags. */
	void show(long postId, String reason, Participant moderator);

	/** Edits as moderator; the previous version is kept in the post's history. */
	Post edit(long postId, String text, int expectedVersion, String reason, Participant moderator);

	/** Moves a thread to another space this person moderates. */
	void move(long threadId, String toSpaceSlug, String reason, Participant moderator);

	void lock(long threadId, boolean locked, String reason, Participant moderator);

	Suspension suspend(UUID accountId, Duration length, String reason, Participant moderator);

	void lift(long suspensionId, String reason, Participant moderator);

	List<Suspension> suspensions(Participant moderator);

	/**
	 * Staff set a member's level by hand (null gives it back to the thresholds).
	 */
	void grant(UUID accountId, TrustLevel level, String reason, Participant staff);

	/**
	 * The log, newest first, of the spaces this person moderates (all for staff).
	 */
	List<ModerationEntry> log(Participant moderator, int limit);

	Standing standing(UUID accountId, boolean staff);

	/**
	 * This person's own posts still waiting for approval (all threads when threadId
	 * is null).
	 */
	List<Post> waiting(Long threadId, Participant author);

	/** Whether this person moderates any space (staff always). */
	boolean moderates(Participant who);
}
