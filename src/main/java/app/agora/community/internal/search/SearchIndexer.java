package app.agora.community.internal.search;

import app.agora.community.AnswerAccepted;
import app.agora.community.PostChanged;
import app.agora.community.PostPublished;
import app.agora.community.ThreadChanged;
import app.agora.community.internal.AfterTransaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the database. A change that publishes or
 * changes a post or a thread queues it ({@link SearchQueue}) in its own
 * transaction; after the commit, the indexing thread ({@link SearchIndexing})
 * is woken and takes the queue in batches: each queued post or thread is read
 * again and put back in the index, or taken out when it is no longer visible,
 * then the index is committed once for the batch and the batch leaves the
 * queue. A burst of posts thus costs a few commits, nothing queued is lost if
 * Agora stops, and a change indexed twice (after a stop between the commit and
 * the dequeue) is harmless. A full rebuild runs at start when the index is
 * empty or was written by another version, and when an admin asks; a rebuild
 * and a batch never interleave.
 */
@Component
class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
	private static final int BATCH = 1000;

	private final SearchIndex index;
	private final SearchSource source;
	private final SearchQueue queue;

	SearchIndexer(SearchIndex index, SearchSource source, SearchQueue queue) {
		this.index = index;
		this.source = source;
		this.queue = queue;
	}

	@EventListener
	void on(PostPublished event) {
		queue.post(event.postId());
		wakeAfterCommit();
	}

	@EventListener
	void on(PostChanged event) {
		queue.post(event.postId());
		wakeAfterCommit();
	}

	@EventListener
	void on(ThreadChanged event) {
		queue.thread(event.threadId());
		wakeAfterCommit();
	}

	@EventListener
	void on(AnswerAccepted event) {
		queue.thread(event.threadId());
		wakeAfterCommit();
	}

	private void wakeAfterCommit() {
		AfterTransaction.whenCommitted(queue::signal);
	}

	/**
	 * Indexes the oldest queued changes, at most {@code limit}, commits the index
	 * and dequeues them; answers how many were taken.
	 */
	synchronized int indexQueued(int limit) {
		List<SearchQueue.Change> changes = queue.next(limit);
		if (changes.isEmpty()) {
			return 0;
		}
		Set<Long> threads = new LinkedHashSet<>();
		Set<Long> posts = new LinkedHashSet<>();
		List<Long> ids = new ArrayList<>(changes.size());
		for (SearchQueue.Change change : changes) {
			ids.add(change.id());
			if (change.threadId() != null) {
				threads.add(change.threadId());
			} else {
				posts.add(change.postId());
			}
		}
		for (long thread : threads) {
			index.deleteThread(thread);
			index.add(source.thread(thread));
		}
		List<IndexedPost> found = source.posts(posts);
		Set<Long> gone = new HashSet<>(posts);
		found.forEach(post -> gone.remove(post.postId()));
		index.put(found.stream().filter(post -> !threads.contains(post.threadId())).toList());
		gone.forEach(index::deletePost);
		index.commit();
		queue.done(ids);
		return changes.size();
	}

	/**
	 * Reads every findable post again; the number of posts indexed. What is queued
	 * stays queued and is indexed again after: harmless, and a change committed
	 * during the rebuild is not missed.
	 */
	synchronized int rebuild() {
		long started = System.nanoTime();
		index.clear();
		int count = 0;
		long after = 0;
		List<IndexedPost> batch;
		while (!(batch = source.batchAfter(after, BATCH)).isEmpty()) {
			index.add(batch);
			count += batch.size();
			after = batch.getLast().postId();
		}
		index.commit();
		log.info("Search index rebuilt: {} posts in {} ms", count, (System.nanoTime() - started) / 1_000_000);
		return count;
	}

	boolean needsRebuild() {
		return index.needsRebuild();
	}
}
