package app.agora.listening.internal;

import app.agora.listening.FeedbackOrigin;
import java.time.Instant;
import java.util.UUID;

/** An item about to be stored, as its source gave it. */
record NewFeedback(FeedbackOrigin origin, String originRef, String channel, UUID authorPartyId, UUID authorAccountId,
		String authorName, String text, String contextPath, Instant saidAt, String recordedBy, String productHint,
		UUID competitorHint) {
}
