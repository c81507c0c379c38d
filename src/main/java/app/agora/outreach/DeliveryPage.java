package app.agora.outreach;

import java.util.List;

/**
 * One page of a party's delivery log, newest first; {@code page} counts from 0.
 */
public record DeliveryPage(List<Delivery> deliveries, int page, int size, long total) {

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
