package app.agora.outreach.internal;

import java.util.List;

/**
 * One page of a party's notifications, newest first, and how many are unread in
 * all.
 */
record NotificationPage(List<Notification> notifications, int page, int size, long total, long unread) {

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
