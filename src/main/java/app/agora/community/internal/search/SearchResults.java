package app.agora.community.internal.search;

import app.agora.community.ThreadKind;
import java.time.Instant;
import java.util.List;

/**
 * One page of search results, best first. {@code total} counts exactly up to
 * 1,000 matches; beyond that {@code totalExact} is false and it is a lower
 * bound.
 */
record SearchResults(String query, int page, int pageSize, long total, boolean totalExact, int totalPages,
		List<Hit> hits) {

	/**
	 * A matching post. {@code titleHtml} and {@code excerptHtml} are escaped text
	 * with {@code <mark>} around the matched words, safe to put in a page as they
	 * are.
	 */
	record Hit(long postId, long threadId, String spaceSlug, String spaceName, ThreadKind kind, String productName,
			boolean solved, String title, String titleHtml, String excerptHtml, String path, Instant createdAt) {
	}

	static SearchResults none(String query) {
		return new SearchResults(query, 1, CommunitySearch.PAGE_SIZE, 0, true, 1, List.of());
	}
}
