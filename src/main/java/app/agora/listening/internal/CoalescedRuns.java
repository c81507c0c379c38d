package app.agora.listening.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs work for a key once for all that arrive while it runs: a caller that
 * finds the key's work running leaves its arrival and returns at once, and the
 * caller running it runs it again, with the last arrival, until none is left.
 * Used to measure a busy signal scope a few times a second rather than once per
 * item.
 */
final class CoalescedRuns<T> {

	private final Map<String, Arrival<T>> running = new ConcurrentHashMap<>();

	/** The last arrival, and whether it came while the work was running. */
	private record Arrival<T>(T value, boolean again) {
	}

	/**
	 * Runs the work now (and again for what arrives meanwhile), or leaves the
	 * arrival to the caller already running it; whether this caller ran it.
	 */
	boolean run(String key, T arrival, Consumer<T> work) {
		Arrival<T> mine = new Arrival<>(arrival, false);
		if (running.merge(key, mine, (current, arrived) -> new Arrival<>(arrived.value(), true)) != mine) {
			return false;
		}
		try {
			Arrival<T> next = mine;
			while (next != null) {
				work.accept(next.value());
				next = running.computeIfPresent(key,
						(k, last) -> last.again() ? new Arrival<>(last.value(), false) : null);
			}
			return true;
		} catch (RuntimeException e) {
			running.remove(key);
			throw e;
		}
	}
}
