package app.agora.outreach.internal;

import app.agora.outreach.Purpose;
import java.time.Instant;
import java.util.UUID;

/**
 * An in-app message as its recipient sees it; {@code readAt} is null until
 * read.
 */
record Notification(UUID id, Purpose purpose, String subject, String body, Instant createdAt, Instant readAt) {
}
