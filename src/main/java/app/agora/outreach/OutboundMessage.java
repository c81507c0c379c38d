package app.agora.outreach;

import java.util.UUID;

/**
 * A message some module wants to send. {@code requestedBy} says who or what
 * asked for it (an account's email, "import 1234…"), so the delivery log can
 * answer "why did I get this?".
 */
public record OutboundMessage(UUID recipientPartyId, Channel channel, Purpose purpose, String subject, String body,
		String requestedBy) {

	public static final int MAX_SUBJECT_LENGTH = 200;
	public static final int MAX_BODY_LENGTH = 10_000;
	public static final int MAX_REQUESTED_BY_LENGTH = 320;

	/** Refuses a message that could never be sent, so callers learn at once. */
	public OutboundMessage {
		require(recipientPartyId != null, "A message needs a recipient.");
		require(channel != null, "A message needs a channel.");
		require(purpose != null, "A message needs a purpose.");
		require(subject != null && !subject.isBlank() && subject.length() <= MAX_SUBJECT_LENGTH,
				"A subject needs between 1 and " + MAX_SUBJECT_LENGTH + " characters.");
		require(body != null && !body.isBlank() && body.length() <= MAX_BODY_LENGTH,
				"A body needs between 1 and " + MAX_BODY_LENGTH + " characters.");
		require(requestedBy != null && !requestedBy.isBlank() && requestedBy.length() <= MAX_REQUESTED_BY_LENGTH,
				"Say who requested the message (at most " + MAX_REQUESTED_BY_LENGTH + " characters).");
		// A line break in a subject would let a caller forge mail headers.
		subject = subject.strip().replaceAll("[\\r\\n]+", " ");
		requestedBy = requestedBy.strip();
	}

	private static void require(boolean condition, String problem) {
		if (!condition) {
			throw new IllegalArgumentException(problem);
		}
	}
}
