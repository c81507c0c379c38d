package app.agora.community.internal.search;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one thread that feeds the search index: once Agora is ready it rebuilds
 * the index when needed, then takes the queued changes in batches as soon as a
 * commit signals them (and every {@code agora.community.search.poll} in any
 * case), until Agora stops. A failed batch stays queued and is tried again
 * after a pause.
 */
@Component
class SearchIndexing implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);
	private static final int BATCH = 500;
	private static final Duration AFTER_FAILURE = Duration.ofSeconds(2);

	private final SearchIndexer indexer;
	private final SearchQueue queue;
	private final Duration poll;
	private volatile Thread thread;
	private volatile boolean running;
	private volatile boolean ready;

	SearchIndexing(SearchIndexer indexer, SearchQueue queue,
			@Value("${agora.community.search.poll:PT1S}") Duration poll) {
		this.indexer = indexer;
		this.queue = queue;
		this.poll = poll;
	}

	@EventListener(ApplicationReadyEvent.class)
	void startIndexing() {
		ready = true;
		start();
	}

	private void run() {
		boolean rebuilt = false;
		while (running) {
			try {
				if (!rebuilt) {
					if (indexer.needsRebuild()) {
						indexer.rebuild();
					}
					rebuilt = true;
				}
				if (indexer.indexQueued(BATCH) < BATCH) {
					queue.awaitSignal(poll);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (RuntimeException e) {
				log.warn("Search indexing failed; the changes stay queued and are tried again: {}", e.toString());
				pause();
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(AFTER_FAILURE);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Starts the thread once the application is ready (and again when a stopped
	 * context is started, as tests do with cached contexts).
	 */
	@Override
	public synchronized void start() {
		if (ready && thread == null) {
			running = true;
			thread = Thread.ofPlatform().daemon().name("search-indexing").start(this::run);
		}
	}

	/**
	 * Lets the batch in hand finish (the thread is not interrupted: Lucene's writer
	 * does not survive an interrupted write).
	 */
	@Override
	public synchronized void stop() {
		Thread working = thread;
		running = false;
		queue.signal();
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
