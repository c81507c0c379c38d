package app.agora.community.internal.feeds;

import app.agora.community.Slugs;
import app.agora.community.ThreadKind;
import java.time.Instant;

/**
 * A thread as a feed shows it: its first post's safe HTML is the entry's
 * content.
 */
record FeedEntry(long threadId, String spaceSlug, String spaceName, ThreadKind kind, String title, String authorName,
		Instant createdAt, Instant lastActivityAt, String html) {

	String path() {
		return "/community/" + spaceSlug + "/t/" + threadId + "-" + Slugs.of(title);
	}
}
