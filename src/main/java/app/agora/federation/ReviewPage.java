package app.agora.federation;

import java.util.List;

/** One page of the review queue, with the total for paging. */
public record ReviewPage(List<LinkReview> reviews, int page, int size, long total) {

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
