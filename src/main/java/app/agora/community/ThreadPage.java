package app.agora.community;

import java.util.List;

/** A thread with one page of its posts, in the order they were written. */
public record ThreadPage(Space space, ThreadSummary thread, List<Post> posts, int page, int pageSize, int totalPages) {
}
