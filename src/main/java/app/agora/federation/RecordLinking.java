package app.agora.federation;

import app.agora.federation.internal.linking.LinkingRuns;
import app.agora.federation.internal.linking.LinkingStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Identity resolution in the server: links the records of every source to the
 * parties. A <em>first load</em> reads every record of every source that has an
 * identity section and resolves them together with the parties; an
 * <em>incremental</em> run looks only at records that are new or changed since
 * the last run. Runs make {@code MODEL} links where one party is the clear
 * match, and write proposals to the review queue where a person must decide;
 * they never move an existing link nor merge two parties.
 * <p>
 * One run at a time on a node: a first load runs on a virtual thread and its
 * progress is written to {@code linking_run} for the admin page's progress bar.
 */
@Service
public class RecordLinking implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RecordLinking.class);

	private final LinkingRuns runs;
	private final LinkingStore store;
	private final Semaphore oneAtATime = new Semaphore(1);
	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	RecordLinking(LinkingRuns runs, LinkingStore store) {
		this.runs = runs;
		this.store = store;
	}

	/**
	 * Starts a first load in the background and returns its run at once.
	 *
	 * @param by
	 *            who asked (an account's email, "demo", "startup")
	 * @throws LinkingAlreadyRunning
	 *             when a run is going on this node
	 */
	public LinkingRun startFirstLoad(String by) {
		if (!oneAtATime.tryAcquire()) {
			throw new LinkingAlreadyRunning();
		}
		try {
			var run = store.startRun(LinkingRun.Kind.FIRST_LOAD, by);
			executor.submit(() -> {
				try {
					runs.resolveAndAct(run, runs.read(run), null);
				} catch (RuntimeException e) {
					log.warn("First load {} failed", run.id(), e);
					store.finish(run.id(), LinkingRun.State.FAILED, e.toString());
				} finally {
					oneAtATime.release();
				}
			});
			return run;
		} catch (RuntimeException e) {
			oneAtATime.release();
			throw e;
		}
	}

	/**
	 * Looks for new or changed records and links them, in the calling thread. Does
	 * nothing (empty) before the first completed first load, when no source takes
	 * part in linking, when nothing changed, or while another run is going.
	 */
	public Optional<LinkingRun> runIncremental(String trigger) {
		if (!runs.anyLinkable() || !store.anyCompletedFirstLoad() || !oneAtATime.tryAcquire()) {
			return Optional.empty();
		}
		try {
			var scan = runs.read(null);
			var changed = runs.changed(scan);
			if (changed.isEmpty()) {
				return Optional.empty();
			}
			var run = store.startRun(LinkingRun.Kind.INCREMENTAL, trigger);
			runs.resolveAndAct(run, scan, changed);
			return store.run(run.id());
		} finally {
			oneAtATime.release();
		}
	}

	/** Whether a run is going on this node. */
	public boolean isRunning() {
		return oneAtATime.availablePermits() == 0;
	}

	public Optional<LinkingRun> run(UUID id) {
		return store.run(id);
	}

	/** The latest runs, newest first. */
	public List<LinkingRun> recentRuns(int limit) {
		return store.recent(Math.clamp(limit, 1, 200));
	}

	public LinkingOverview overview() {
		return store.overview();
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}
}
