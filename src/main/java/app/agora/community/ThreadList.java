package app.agora.community;

import java.util.List;

/** One page of a space's threads, newest activity first. */
public record ThreadList(Space space, List<ThreadSummary> threads, int page, int pageSize, long total, int totalPages) {
}
