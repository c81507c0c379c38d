package app.agora.parties;

import java.util.List;

/** One page of a party search: {@code page} counts from 0. */
public record PartyPage(List<PartyDetails> parties, int page, int size, long total) {

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
