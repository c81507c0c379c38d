package app.agora.parties;

import java.util.UUID;

/**
 * Two parties turned out to be one: every module that keeps rows by party id
 * moves the absorbed party's rows to the survivor. Published inside the merge's
 * transaction before the absorbed party is deleted (its rows would go with it),
 * so listeners must be plain synchronous {@code @EventListener}s.
 */
public record PartiesMerged(UUID survivor, UUID absorbed, String by, String reason) {
}
