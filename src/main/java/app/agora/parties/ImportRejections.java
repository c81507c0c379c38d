package app.agora.parties;

import java.util.List;
import java.util.UUID;

/**
 * One page of the rejected rows of an import, by line number. Only the first
 * {@code stored} rejections are kept; {@code rejected} counts them all.
 */
public record ImportRejections(UUID importId, List<ImportRejection> rejections, int page, int size, long stored,
		long rejected) {

	public int totalPages() {
		return (int) Math.max(1, (stored + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
