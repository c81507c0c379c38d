package app.agora.community.internal;

import app.agora.BackgroundWorker;
import app.agora.community.PostPublished;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the notifications of published posts. A post is queued in the
 * transaction that publishes it ({@link NoticeQueue}) and, once that commits,
 * handed to this worker in memory; it gives each post's notifications in one
 * transaction that also takes it out of the queue, up to sixteen posts side by
 * side on threads of its own. The queue itself is read only for what was left
 * there: posts whose notifications failed (tried again later, without holding
 * the others back) and posts of a node that stopped before giving them, once
 * they have waited {@link #LEFT_BEHIND}. It replaces an event publication per
 * post: the busiest event cost three transactions there (docs/community.md,
 * Notifications).
 */
@Component
class NoticeWorker extends BackgroundWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(NoticeWorker.class);
	private static final int BATCH = 64;
	/**
	 * Posts given at once, each in its own transaction on one of the worker's
	 * threads.
	 */
	private static final int AT_ONCE = 16;
	private static final Duration RETRY_STEP = Duration.ofMinutes(1);
	/**
	 * How long a queued post waits before any node's poll takes it: the node that
	 * published it is giving it meanwhile.
	 */
	static final Duration LEFT_BEHIND = Duration.ofSeconds(5);
	private static final int MAX_STEPS = 60;

	private final NoticeQueue queue;
	private final CommunityNotices notices;
	private final TransactionTemplate transactions;
	private final ExecutorService executor;
	private final Duration poll;
	private final Semaphore slots = new Semaphore(AT_ONCE);
	private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
	private final Queue<NoticeQueue.Queued> committed = new ConcurrentLinkedQueue<>();
	private volatile Instant nextPoll = Instant.MIN;

	NoticeWorker(NoticeQueue queue, CommunityNotices notices, PlatformTransactionManager transactions,
			@Value("${agora.community.notices.poll:PT1S}") Duration poll) {
		super("community-notices", "Giving notifications failed; the posts stay queued and are tried again",
				Duration.ofSeconds(2));
		this.queue = queue;
		this.notices = notices;
		this.transactions = new TransactionTemplate(transactions);
		// threads of its own: a burst of posts does not keep the shared task threads
		// from other modules' listeners (signals, for one)
		AtomicInteger counter = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(AT_ONCE, task -> {
			Thread thread = new Thread(task, "community-notices-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.poll = poll;
	}

	/**
	 * Queues the post in the transaction that publishes it, and hands it over once
	 * that commits.
	 */
	@EventListener
	void on(PostPublished post) {
		var item = queue.add(post.postId(), post.threadId(), post.spaceSlug(), post.opensThread(), Instant.now());
		AfterTransaction.whenCommitted(() -> {
			committed.add(item);
			queue.signal();
		});
	}

	@Override
	protected boolean round() throws InterruptedException {
		int taken = 0;
		for (var item = committed.poll(); item != null; item = committed.poll()) {
			taken += start(item);
		}
		Instant now = Instant.now();
		if (!now.isBefore(nextPoll)) {
			var left = queue.due(now.minus(LEFT_BEHIND), BATCH);
			// a full batch: more may be waiting (after a restart, say), so read on now
			nextPoll = left.size() == BATCH ? now : now.plus(poll);
			for (var item : left) {
				taken += start(item);
			}
		}
		return taken > 0;
	}

	/** Gives the post on one of the worker's threads; 0 when it is in hand. */
	private int start(NoticeQueue.Queued item) throws InterruptedException {
		if (!inFlight.add(item.id())) {
			return 0; // still being given
		}
		slots.acquire();
		try {
			executor.execute(() -> {
				try {
					give(item);
				} finally {
					inFlight.remove(item.id());
					slots.release();
				}
			});
		} catch (RuntimeException e) {
			inFlight.remove(item.id());
			slots.release();
			throw e;
		}
		return 1;
	}

	/** Package-private for tests, which give without the thread. */
	void give(NoticeQueue.Queued item) {
		try {
			transactions.executeWithoutResult(tx -> {
				if (queue.take(item.id())) {
					notices.published(item.postId(), item.threadId(), item.spaceSlug(), item.opensThread());
				}
			});
		} catch (RuntimeException e) {
			Instant next = Instant.now().plus(RETRY_STEP.multipliedBy(Math.min(item.attempts() + 1, MAX_STEPS)));
			log.warn("Notifications of post {} failed (attempt {}), tried again at {}: {}", item.postId(),
					item.attempts() + 1, next, e.toString());
			transactions.executeWithoutResult(tx -> queue.later(item, next));
		}
	}

	@Override
	protected void awaitWork() throws InterruptedException {
		queue.awaitSignal(poll);
	}

	@Override
	protected void wake() {
		queue.signal();
	}

	/** Lets the posts in hand be given, then ends the threads. */
	@Override
	public void destroy() throws InterruptedException {
		executor.shutdown();
		executor.awaitTermination(30, TimeUnit.SECONDS);
	}
}
