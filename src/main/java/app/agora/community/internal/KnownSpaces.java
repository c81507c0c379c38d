package app.agora.community.internal;

import app.agora.community.Visibility;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * Spaces as last read, and their numbers of visible threads: every post and
 * every page reads its space (five queries and a count), and spaces change
 * seldom. Whatever changes a space, its products or its members calls
 * {@link #changed()}; whatever starts, hides, shows or moves a thread calls
 * {@link #threadsChanged()}. Both forget at once and again once the change is
 * committed. A read that began before a change may still be keeping what it
 * read after the change forgot (another request's, or a listener's, while the
 * change commits): so each kept value carries the generation it was read in,
 * and a value read before the last change is read again. Kept at most 30
 * seconds, which bounds what another Agora instance on the same database may
 * show of a change made here.
 */
@Component
class KnownSpaces {

	/** A space as the database holds it, but for its thread count. */
	record Shape(long id, String slug, String name, String description, Visibility visibility, List<String> products,
			List<UUID> members, List<UUID> moderators) {
	}

	/** A value and the generation of changes it was read in. */
	private record Kept<T>(T value, long generation) {
	}

	private static final Duration KEPT = Duration.ofSeconds(30);

	private final Cache<Long, Kept<Shape>> byId = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(10_000)
			.build();
	private final Cache<String, Kept<Long>> idBySlug = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(10_000)
			.build();
	private final Cache<Long, Kept<Long>> threadCounts = Caffeine.newBuilder().expireAfterWrite(KEPT)
			.maximumSize(10_000).build();
	private final AtomicLong spaceChanges = new AtomicLong();
	private final AtomicLong threadChanges = new AtomicLong();

	/** The space's id, when its shape is known and current. */
	Long idOf(String slug) {
		return current(idBySlug.getIfPresent(slug), spaceChanges);
	}

	/** The space as kept, or as {@code read} gives it (null: no such space). */
	Shape shape(long id, LongFunction<Shape> read) {
		long generation = spaceChanges.get();
		Shape known = current(byId.getIfPresent(id), spaceChanges);
		if (known != null) {
			return known;
		}
		Shape shape = read.apply(id);
		if (shape != null) {
			byId.put(id, new Kept<>(shape, generation));
			idBySlug.put(shape.slug(), new Kept<>(id, generation));
		}
		return shape;
	}

	/** The space's number of visible threads, counted when not known. */
	long threadCount(long spaceId, LongSupplier count) {
		long generation = threadChanges.get();
		Long known = current(threadCounts.getIfPresent(spaceId), threadChanges);
		if (known != null) {
			return known;
		}
		long counted = count.getAsLong();
		threadCounts.put(spaceId, new Kept<>(counted, generation));
		return counted;
	}

	void changed() {
		forgetSpaces();
		AfterTransaction.whenEnded(this::forgetSpaces);
	}

	/**
	 * A thread was started, hidden, shown or moved: counts are forgotten, now and
	 * again once the change is committed.
	 */
	void threadsChanged() {
		forgetThreadCounts();
		AfterTransaction.whenEnded(this::forgetThreadCounts);
	}

	private static <T> T current(Kept<T> kept, AtomicLong changes) {
		return kept != null && kept.generation() == changes.get() ? kept.value() : null;
	}

	private void forgetSpaces() {
		spaceChanges.incrementAndGet();
		byId.invalidateAll();
		idBySlug.invalidateAll();
		forgetThreadCounts();
	}

	private void forgetThreadCounts() {
		threadChanges.incrementAndGet();
		threadCounts.invalidateAll();
	}
}
