package app.agora.listening;

import java.util.List;

/** One page of the inbox, newest first. */
public record FeedbackPage(List<FeedbackItem> items, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}
}
