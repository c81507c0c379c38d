package app.agora.community;

import java.util.UUID;

/**
 * The asker or staff marked a reply as the accepted answer of a question. Trust
 * counts it for the answer's author; notifications tell them.
 */
public record AnswerAccepted(long threadId, long postId, String spaceSlug, UUID answerAuthorAccountId,
		UUID acceptedByAccountId) {
}
