package app.agora.listening.internal;

import app.agora.Arrivals;
import app.agora.BackgroundWorker;
import app.agora.listening.FeedbackTagged;
import app.agora.listening.Mention;
import app.agora.listening.internal.FeedbackStore.Waiting;
import app.agora.listening.internal.text.ThemeCentroid;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The thread that tags feedback: once Agora is ready it takes the waiting items
 * in batches (as soon as an intake signals them, and every
 * {@code agora.listening.poll} in any case), reads them outside any
 * transaction, then stores tags and themes in one. An item whose tagging fails
 * stays stored and waiting, and is tried again later (10 s, doubling up to an
 * hour), without holding up the items behind it. With
 * {@code agora.listening.tagging=false} the thread does not run (most tests:
 * they tag with {@link #tagDue()} when they need it).
 */
@Component
class TaggingWorker extends BackgroundWorker {

	private static final Logger log = LoggerFactory.getLogger(TaggingWorker.class);
	private static final Duration CLAIM = Duration.ofMinutes(5);
	private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
	private static final Duration LAST_RETRY = Duration.ofHours(1);

	private final FeedbackStore store;
	private final Tagger tagger;
	private final Themes themes;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Duration poll;
	private final int batch;
	private final Arrivals arrivals = new Arrivals();
	private final boolean enabled;

	TaggingWorker(FeedbackStore store, Tagger tagger, Themes themes, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, @Value("${agora.listening.poll:PT2S}") Duration poll,
			@Value("${agora.listening.batch:256}") int batch,
			@Value("${agora.listening.tagging:true}") boolean enabled) {
		super("feedback-tagging", "Tagging feedback failed; the items stay waiting and are tried again", poll);
		this.enabled = enabled;
		this.store = store;
		this.tagger = tagger;
		this.themes = themes;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.poll = poll;
		this.batch = batch;
	}

	/** Tells the worker that items were committed. */
	void signal() {
		arrivals.signal();
	}

	/**
	 * Tags one batch of due items; how many it took. Public to the package for
	 * tests and the bench, which tag without the thread.
	 */
	int tagDue() {
		Instant now = Instant.now();
		List<Waiting> claimed = transactions.execute(tx -> store.due(now, batch).stream()
				.filter(item -> store.claim(item.id(), now, now.plus(CLAIM))).toList());
		if (claimed == null || claimed.isEmpty()) {
			return 0;
		}
		List<Waiting> read = new ArrayList<>();
		List<Tags> tags = new ArrayList<>();
		try {
			tags.addAll(tagger.read(claimed));
			read.addAll(claimed);
		} catch (RuntimeException batchFailed) {
			// one bad item must not hold up the others: read them one by one
			for (Waiting item : claimed) {
				try {
					tags.addAll(tagger.read(List.of(item)));
					read.add(item);
				} catch (RuntimeException e) {
					failed(item, e);
				}
			}
		}
		if (!read.isEmpty()) {
			Themes.Batch batch = transactions.execute(tx -> store(read, tags));
			// naming by key phrases reads the themes' texts: after the tags are committed,
			// in its own transaction
			transactions.executeWithoutResult(tx -> themes.renameGrown(batch.sizesBefore()));
		}
		return claimed.size();
	}

	private Themes.Batch store(List<Waiting> items, List<Tags> tags) {
		List<ThemeCentroid> current = themes.current();
		Themes.Batch batch = new Themes.Batch();
		Instant now = Instant.now();
		for (int i = 0; i < items.size(); i++) {
			Waiting item = items.get(i);
			Tags read = tags.get(i);
			long theme = themes.place(read.embedding(), TextCheck.read(item.text()), current, batch);
			Tags placed = new Tags(read.language(), read.sentimentScore(), read.sentiment(), theme, read.embedding(),
					read.products(), read.competitors(), read.note());
			if (store.tagged(item.id(), placed, now)) {
				events.publishEvent(new FeedbackTagged(item.id(), item.origin(), theme, item.authorPartyId(),
						item.authorAccountId(), placed.sentiment(), placed.sentimentScore(), placed.products(),
						placed.competitors().stream().map(Mention::competitorId).toList(), item.saidAt()));
			}
		}
		themes.write(batch);
		return batch;
	}

	private void failed(Waiting item, RuntimeException e) {
		int attempts = store.attempts(item.id());
		Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts, 20));
		if (wait.compareTo(LAST_RETRY) > 0) {
			wait = LAST_RETRY;
		}
		log.warn("Tagging feedback {} failed (attempt {}); it stays stored and is tried again in {}: {}", item.id(),
				attempts + 1, wait, e.toString());
		String reason = "Tagging failed, tried again later: " + e.getClass().getSimpleName();
		Instant next = Instant.now().plus(wait);
		transactions.executeWithoutResult(tx -> store.failed(item.id(), reason, next));
	}

	@Override
	protected boolean round() {
		return tagDue() >= batch;
	}

	@Override
	protected void awaitWork() throws InterruptedException {
		arrivals.await(poll);
	}

	@Override
	protected void wake() {
		signal();
	}

	@Override
	protected boolean enabled() {
		return enabled;
	}
}
