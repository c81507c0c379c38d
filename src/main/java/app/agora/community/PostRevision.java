package app.agora.community;

import java.time.Instant;

/** A post as it was before one of its edits. */
public record PostRevision(long postId, int version, String source, String html, Instant writtenAt,
		Instant replacedAt) {
}
