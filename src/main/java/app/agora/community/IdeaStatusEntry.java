package app.agora.community;

import java.time.Instant;

/** One change of an idea's status, with the public comment staff gave. */
public record IdeaStatusEntry(IdeaStatus status, String comment, String changedByName, Instant changedAt) {
}
