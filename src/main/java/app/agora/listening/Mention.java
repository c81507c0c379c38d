package app.agora.listening;

import java.util.UUID;

/**
 * A competitor an item names.
 *
 * @param competitorId
 *            the competitor's party
 */
public record Mention(UUID competitorId, String name) {
}
