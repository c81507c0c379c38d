package app.agora.community;

import java.time.Instant;
import java.util.UUID;

/**
 * A review of a catalogue product: its thread, stars, whether the reviewer held
 * the product when they last wrote it, and its text as its first post.
 */
public record Review(long threadId, String path, String productSlug, String title, int stars, boolean verifiedOwner,
		UUID authorAccountId, String authorName, long postId, String source, String html, int version,
		Instant createdAt, Instant editedAt, int replies) {

	/** The stars as glyphs, ★★★★☆, shown beside the stars in words. */
	public String starGlyphs() {
		return "★".repeat(stars) + "☆".repeat(Math.max(0, 5 - stars));
	}
}
