package app.agora;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * One daemon thread that works off what a module has queued, in rounds. It
 * starts once Agora is ready (and again when a stopped context is started, as
 * tests do with cached contexts); it goes straight on to the next round while a
 * round finds a full batch, and otherwise waits for a signal or the poll
 * interval. A round that fails is logged and, after a pause, tried again: what
 * it held stays queued. Stopping lets the round in hand finish; the thread is
 * not interrupted (Lucene's writer, for one, does not survive an interrupted
 * write).
 */
public abstract class BackgroundWorker implements SmartLifecycle {

	private final Logger log = LoggerFactory.getLogger(getClass());
	private final String threadName;
	private final String whenFailed;
	private final Duration afterFailure;
	private volatile Thread thread;
	private volatile boolean running;
	private volatile boolean ready;

	/**
	 * @param whenFailed
	 *            what the log says when a round fails, before the exception
	 */
	protected BackgroundWorker(String threadName, String whenFailed, Duration afterFailure) {
		this.threadName = threadName;
		this.whenFailed = whenFailed;
		this.afterFailure = afterFailure;
	}

	/** One round of work; true when it took a full batch, so more may wait. */
	protected abstract boolean round() throws InterruptedException;

	/** Waits until work is signalled or the poll interval has passed. */
	protected abstract void awaitWork() throws InterruptedException;

	/** Ends a wait in {@link #awaitWork()} now. */
	protected abstract void wake();

	/** Whether the thread runs at all (a setting may turn it off). */
	protected boolean enabled() {
		return true;
	}

	/** Called on the thread before its first round. */
	protected void starting() {
	}

	@EventListener(ApplicationReadyEvent.class)
	public void applicationReady() {
		ready = true;
		start();
	}

	private void run() {
		starting();
		while (running) {
			try {
				if (!round()) {
					awaitWork();
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (RuntimeException e) {
				log.warn("{}: {}", whenFailed, e.toString());
				pause();
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(afterFailure);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public synchronized void start() {
		if (enabled() && ready && thread == null) {
			running = true;
			thread = Thread.ofPlatform().daemon().name(threadName).start(this::run);
		}
	}

	@Override
	public synchronized void stop() {
		Thread working = thread;
		running = false;
		wake();
		if (working != null) {
			try {
				working.join(Duration.ofSeconds(30));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		thread = null;
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}
}
