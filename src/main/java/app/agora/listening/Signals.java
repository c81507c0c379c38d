package app.agora.listening;

import app.agora.access.SignedInUser;
import java.util.List;
import java.util.UUID;

/**
 * Signals for staff, and what the company decided for everyone. Staff read;
 * product leads and admins decide, assign and edit the rules
 * ({@link FeedbackRefused} 403 otherwise).
 */
public interface Signals {

	/** Newest first; all of them when {@code status} is null. */
	List<Signal> signals(SignalStatus status, SignedInUser reader);

	SignalDetails signal(long id, SignedInUser reader);

	/**
	 * Moves the signal on. A decision (planned, done, declined) needs a note: it is
	 * what the customers who spoke are told; {@code publish} also puts it on the
	 * public "You said, we did" page.
	 */
	Signal decide(long id, SignalStatus status, String note, boolean publish, SignedInUser lead);

	/** Gives the signal to a product lead or admin. */
	Signal assign(long id, UUID ownerAccountId, SignedInUser lead);

	List<SignalRule> rules(SignedInUser reader);

	/** Refused (400, naming the field) when a value is impossible. */
	SignalRule updateRule(SignalRule rule, SignedInUser lead);

	/**
	 * What the company decided and published, newest first: the public "You said,
	 * we did".
	 */
	List<Signal> published();
}
