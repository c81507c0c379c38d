package app.agora.community.internal;

import app.agora.community.Visibility;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * Spaces as last read, and their numbers of visible threads: every post and
 * every page reads its space (five queries and a count), and spaces change
 * seldom. Whatever changes a space, its products or its members calls
 * {@link #changed()}; whatever starts, hides, shows or moves a thread calls
 * {@link #threadsChanged()}. Both forget at once and again once the change is
 * committed (a read in between could have kept the old state). Kept at most 30
 * seconds, which bounds what another Agora instance on the same database may
 * show of a change made here.
 */
@Component
class KnownSpaces {

	/** A space as the database holds it, but for its thread count. */
	record Shape(long id, String slug, String name, String description, Visibility visibility, List<String> products,
			List<UUID> members, List<UUID> moderators) {
	}

	private static final Duration KEPT = Duration.ofSeconds(30);

	private final Cache<Long, Shape> byId = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(10_000).build();
	private final Cache<String, Long> idBySlug = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(10_000)
			.build();
	private final Cache<Long, Long> threadCounts = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(10_000)
			.build();

	Shape shape(long id) {
		return byId.getIfPresent(id);
	}

	Long idOf(String slug) {
		return idBySlug.getIfPresent(slug);
	}

	void keep(Shape shape) {
		byId.put(shape.id(), shape);
		idBySlug.put(shape.slug(), shape.id());
	}

	/** The space's number of visible threads, counted when not known. */
	long threadCount(long spaceId, LongSupplier count) {
		return threadCounts.get(spaceId, id -> count.getAsLong());
	}

	void changed() {
		forget();
		AfterTransaction.whenEnded(this::forget);
	}

	/**
	 * A thread was started, hidden, shown or moved: counts are forgotten, now and
	 * again once the change is committed.
	 */
	void threadsChanged() {
		threadCounts.invalidateAll();
		AfterTransaction.whenEnded(threadCounts::invalidateAll);
	}

	private void forget() {
		byId.invalidateAll();
		idBySlug.invalidateAll();
		threadCounts.invalidateAll();
	}
}
