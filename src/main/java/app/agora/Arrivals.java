package app.agora;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How a {@link BackgroundWorker} is told that work was committed for it: any
 * number of signals while it works count as one wake-up.
 */
public final class Arrivals {

	private final Semaphore permits = new Semaphore(0);

	/** Wakes the worker, or makes its next wait return at once. */
	public void signal() {
		if (permits.availablePermits() == 0) {
			permits.release();
		}
	}

	/** Waits until a signal or the timeout; true when signalled. */
	public boolean await(Duration timeout) throws InterruptedException {
		if (permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			permits.drainPermits();
			return true;
		}
		return false;
	}
}
