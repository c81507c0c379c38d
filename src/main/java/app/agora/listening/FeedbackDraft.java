package app.agora.listening;

import java.time.Instant;
import java.util.UUID;

/**
 * Feedback staff log by hand: what was said, by whom (a party, if known, or a
 * name), on which channel and when (now, if null).
 */
public record FeedbackDraft(String text, UUID authorPartyId, String authorName, String channel, Instant saidAt) {
}
