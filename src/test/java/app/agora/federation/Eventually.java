package app.agora.federation;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for something a background run does; fails the test if it never
 * happens.
 */
final class Eventually {

	private Eventually() {
	}

	static void within(Duration limit, BooleanSupplier condition) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Still not so after " + limit);
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting", e);
			}
		}
	}
}
