package app.agora.community;

import java.time.Instant;

/** A thread as listed in its space, newest activity first. */
public record ThreadSummary(long id, String spaceSlug, ThreadKind kind, String title, String productName,
		String authorName, boolean locked, int posts, Instant createdAt, Instant lastActivityAt) {

	/** The readable part of the thread's address, made from its title. */
	public String titleSlug() {
		return Slugs.of(title);
	}

	/** The thread's canonical path. */
	public String path() {
		return "/community/" + spaceSlug + "/t/" + id + "-" + titleSlug();
	}
}
