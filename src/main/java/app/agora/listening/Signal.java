package app.agora.listening;

import java.time.Instant;
import java.util.UUID;

/**
 * Enough distinct customers saying one coherent thing, more than usual: what it
 * is about, how strong it was when raised, who owns it and what was decided.
 *
 * @param scopeKey
 *            the theme's id, the product's name or the competitor's party id
 * @param rise
 *            the items of the window against the baseline's mean per window
 */
public record Signal(long id, SignalScope scope, String scopeKey, String scopeName, SignalStatus status,
		UUID ownerAccountId, String ownerName, int customers, int items, double coherence, double agreement,
		String sentiment, double rise, double baseline, Instant windowFrom, Instant windowTo, Instant raisedAt,
		String decision, Instant decidedAt, String decidedBy, boolean published, Instant closedAt) {
}
