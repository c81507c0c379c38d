package app.agora.federation.internal.linking;

import app.agora.federation.RecordLinking;
import app.agora.parties.PartiesImported;
import app.agora.parties.PartyRegistered;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When linking runs by itself: an incremental run at every interval
 * ({@code agora.federation.linking.incremental-interval}), one soon after a
 * party is registered or an import finishes (several events in a row give one
 * run), and optionally a first load at startup when none ever completed.
 */
@Component
class LinkingJob implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LinkingJob.class);

	private final RecordLinking linking;
	private final LinkingStore store;
	private final boolean firstLoadAtStartup;
	private final Duration eventDelay;
	private final AtomicBoolean pending = new AtomicBoolean();
	private final ScheduledExecutorService soon = Executors
			.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("linking-soon").factory());

	LinkingJob(RecordLinking linking, LinkingStore store,
			@Value("${agora.federation.linking.run-first-load-at-startup:false}") boolean firstLoadAtStartup,
			@Value("${agora.federation.linking.event-delay:PT2S}") Duration eventDelay) {
		this.linking = linking;
		this.store = store;
		this.firstLoadAtStartup = firstLoadAtStartup;
		this.eventDelay = eventDelay;
	}

	/**
	 * A run the previous process left half done is over. Before the application
	 * runners (the demo starts a first load in one), so no run of this process is
	 * taken for such a run.
	 */
	@EventListener(ApplicationStartedEvent.class)
	void started() {
		store.abandonRunning();
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (firstLoadAtStartup && !store.anyCompletedFirstLoad() && !linking.isRunning()) {
			try {
				linking.startFirstLoad("startup");
			} catch (RuntimeException e) {
				log.info("No first load at startup: {}", e.getMessage());
			}
		}
	}

	@Scheduled(fixedDelayString = "${agora.federation.linking.incremental-interval:PT1M}", initialDelayString = "${agora.federation.linking.incremental-interval:PT1M}")
	void everyInterval() {
		incremental("schedule");
	}

	@ApplicationModuleListener
	void on(PartyRegistered event) {
		soon("party registered");
	}

	@ApplicationModuleListener
	void on(PartiesImported event) {
		if (event.outcome() == PartiesImported.Outcome.COMPLETED) {
			soon("parties imported");
		}
	}

	/** One run a moment later for any number of events meanwhile. */
	private void soon(String trigger) {
		if (pending.compareAndSet(false, true)) {
			soon.schedule(() -> {
				pending.set(false);
				incremental(trigger);
			}, eventDelay.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private void incremental(String trigger) {
		try {
			linking.runIncremental(trigger);
		} catch (RuntimeException e) {
			log.warn("Incremental linking failed", e);
		}
	}

	@Override
	public void close() {
		soon.shutdownNow();
	}
}
