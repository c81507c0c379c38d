package app.agora.community.internal.search;

import app.agora.BackgroundWorker;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one thread that feeds the search index: once Agora is ready it rebuilds
 * the index when needed, then takes the queued changes in batches as soon as a
 * commit signals them (and every {@code agora.community.search.poll} in any
 * case), until Agora stops. A failed batch stays queued and is tried again
 * after a pause.
 */
@Component
class SearchIndexing extends BackgroundWorker {

	private static final int BATCH = 500;
	private static final Duration AFTER_FAILURE = Duration.ofSeconds(2);

	private final SearchIndexer indexer;
	private final SearchQueue queue;
	private final Duration poll;
	private volatile boolean rebuilt;

	SearchIndexing(SearchIndexer indexer, SearchQueue queue,
			@Value("${agora.community.search.poll:PT1S}") Duration poll) {
		super("search-indexing", "Search indexing failed; the changes stay queued and are tried again", AFTER_FAILURE);
		this.indexer = indexer;
		this.queue = queue;
		this.poll = poll;
	}

	@Override
	protected void starting() {
		rebuilt = false;
	}

	@Override
	protected boolean round() {
		if (!rebuilt) {
			if (indexer.needsRebuild()) {
				indexer.rebuild();
			}
			rebuilt = true;
		}
		return indexer.indexQueued(BATCH) >= BATCH;
	}

	@Override
	protected void awaitWork() throws InterruptedException {
		queue.awaitSignal(poll);
	}

	@Override
	protected void wake() {
		queue.signal();
	}
}
