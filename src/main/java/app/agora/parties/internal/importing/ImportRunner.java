package app.agora.parties.internal.importing;

import app.agora.parties.ImportRejection;
import app.agora.parties.ImportStatus;
import app.agora.parties.PartiesImported;
import app.agora.parties.PartyImport;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports in the background, one at a time on a virtual thread, in two
 * passes over the file on disk.
 * <ol>
 * <li>Checking: the whole file is read once, decoded as strict UTF-8, within
 * the line and row limits, with the header and every row checked. A problem
 * with the file itself fails the import before anything is written; rejected
 * rows are counted and the first ones stored. With all-or-nothing, one rejected
 * row stops it here too.</li>
 * <li>Writing: the file is read again and the valid rows are written in
 * batches, each in its own transaction with the progress counters.</li>
 * </ol>
 * One import at a time, because two imports running side by side could both
 * miss a party the other is creating, and create twins. Memory stays bounded:
 * at most one batch of rows is held at once.
 */
@Component
public class ImportRunner implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
	private static final int PROGRESS_EVERY = 5000;
	private static final int REJECTIONS_PER_INSERT = 500;

	private final ImportJobs jobs;
	private final UploadStore uploads;
	private final RowChecker checker;
	private final PartyBatchWriter writer;
	private final ImportMessages messages;
	private final ImportSettings settings;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final ExecutorService worker = Executors
			.newSingleThreadExecutor(Thread.ofVirtual().name("party-import-", 0).factory());
	private volatile boolean stopping;

	ImportRunner(ImportJobs jobs, UploadStore uploads, RowChecker checker, PartyBatchWriter writer,
			ImportMessages messages, ImportSettings settings, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher events) {
		this.jobs = jobs;
		this.uploads = uploads;
		this.checker = checker;
		this.writer = writer;
		this.messages = messages;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
	}

	/** Queues an import whose file the upload store holds. */
	public void submit(UUID importId) {
		worker.execute(() -> run(importId));
	}

	private record Checked(long rows, long rejected) {
	}

	/** Agora is shutting down: the running import stops between two batches. */
	private static final class Stopped extends RuntimeException {
	}

	void run(UUID id) {
		var job = jobs.job(id).orElse(null);
		if (job == null) {
			return;
		}
		Locale locale = job.locale();
		boolean writing = false;
		try {
			long started = System.nanoTime();
			jobs.validating(id, Instant.now());
			Checked checked = check(job);
			long checkedAt = System.nanoTime();
			if (job.view().allOrNothing() && checked.rejected() > 0) {
				finish(job, ImportStatus.FAILED,
						messages.get(locale, "imports.failure.allOrNothing", checked.rejected()));
				return;
			}
			jobs.importing(id, checked.rows(), checked.rejected());
			writing = true;
			write(job);
			finish(job, ImportStatus.COMPLETED, null);
			log.info("Imported {}: {} rows checked in {} ms, written in {} ms", job.view().fileName(), checked.rows(),
					(checkedAt - started) / 1_000_000, (System.nanoTime() - checkedAt) / 1_000_000);
		} catch (ImportFileProblem problem) {
			if (writing) {
				// The file was fine when checked; failing now while writing it means it changed
				// under us.
				log.error("Import {} of {} failed on a file it had checked", id, job.view().fileName(), problem);
				finish(job, ImportStatus.FAILED, partly(job, "imports.failure.unexpected"));
			} else {
				finish(job, ImportStatus.FAILED, messages.of(locale, problem));
			}
		} catch (Stopped stopped) {
			finish(job, ImportStatus.FAILED, partly(job, "imports.failure.stopped"));
		} catch (IOException | RuntimeException e) {
			log.error("Import {} of {} stopped on an unexpected error", id, job.view().fileName(), e);
			finish(job, ImportStatus.FAILED, partly(job, "imports.failure.unexpected"));
		} finally {
			uploads.delete(id);
		}
	}

	/** Pass 1: reads and checks every row, writing nothing but rejections. */
	private Checked check(ImportJobs.Job job) throws IOException {
		UUID id = job.view().id();
		long rows = 0;
		long rejected = 0;
		long stored = 0;
		List<ImportRejection> pending = new ArrayList<>();
		try (var source = CsvSource.open(uploads.path(id), settings)) {
			CsvSource.Row row;
			while ((row = source.next()) != null) {
				if (rows + 1 > settings.maxRows()) {
					throw ImportFileProblem.tooManyRows(settings.maxRows());
				}
				rows++;
				if (checker.check(source.header(), row, job.locale(), false) instanceof RowChecker.Rejected r) {
					rejected++;
					if (stored < settings.maxStoredRejections()) {
						stored++;
						pending.add(new ImportRejection(r.line(), r.reason()));
					}
					if (pending.size() == REJECTIONS_PER_INSERT) {
						jobs.addRejections(id, pending);
						pending.clear();
					}
				}
				if (rows % PROGRESS_EVERY == 0) {
					stopIfAsked();
					jobs.checked(id, rows, rejected);
				}
			}
		} finally {
			// Also when the file turns out unusable: the rows checked until then are
			// reported
			// as they are.
			jobs.addRejections(id, pending);
			jobs.checked(id, rows, rejected);
		}
		return new Checked(rows, rejected);
	}

	/** Pass 2: writes the valid rows, a batch per transaction. */
	private void write(ImportJobs.Job job) throws IOException {
		UUID id = job.view().id();
		var origin = new PartyBatchWriter.Origin(job.view().fileName(), job.view().requestedBy());
		long processed = 0;
		List<ImportRow> batch = new ArrayList<>(settings.batchSize());
		try (var source = CsvSource.open(uploads.path(id), settings)) {
			CsvSource.Row row;
			while ((row = source.next()) != null) {
				processed++;
				if (checker.check(source.header(), row, job.locale(), true) instanceof RowChecker.Valid valid) {
					batch.add(valid.row());
				}
				if (batch.size() == settings.batchSize()) {
					commit(id, batch, processed, origin);
					batch = new ArrayList<>(settings.batchSize());
				}
			}
		}
		commit(id, batch, processed, origin);
	}

	private void commit(UUID id, List<ImportRow> batch, long processed, PartyBatchWriter.Origin origin) {
		stopIfAsked();
		transactions.executeWithoutResult(status -> {
			var written = writer.write(batch, origin, Instant.now());
			jobs.written(id, processed, written.created(), written.updated());
		});
	}

	/**
	 * Records the outcome and publishes it in the same transaction, so the
	 * requester is told exactly once even if Agora stops right after.
	 */
	private void finish(ImportJobs.Job job, ImportStatus status, String failure) {
		UUID id = job.view().id();
		try {
			transactions.executeWithoutResult(tx -> {
				jobs.finish(id, status, failure, Instant.now());
				PartyImport done = jobs.find(id).orElseThrow();
				events.publishEvent(new PartiesImported(id, job.requestedByParty(), done.fileName(),
						status == ImportStatus.COMPLETED
								? PartiesImported.Outcome.COMPLETED
								: PartiesImported.Outcome.FAILED,
						done.created(), done.updated(), done.rejected()));
			});
		} catch (RuntimeException e) {
			log.error("Could not record the end of import {}", id, e);
		}
	}

	/** A failure message saying what had been written before it. */
	private String partly(ImportJobs.Job job, String key) {
		var now = jobs.find(job.view().id()).orElse(job.view());
		return messages.get(job.locale(), key, now.created(), now.updated());
	}

	/**
	 * Fails the imports that a stopped process left unfinished (their run is gone);
	 * only those created before {@code startedAt}, in case an import arrived while
	 * this process was starting.
	 */
	void failInterrupted(Instant startedAt) {
		for (UUID id : jobs.unfinishedBefore(startedAt)) {
			jobs.job(id).ifPresent(job -> {
				finish(job, ImportStatus.FAILED, partly(job, "imports.failure.interrupted"));
				uploads.delete(id);
			});
		}
	}

	private void stopIfAsked() {
		if (stopping) {
			throw new Stopped();
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		stopping = true;
		worker.shutdown();
		if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
			log.warn("An import was still running when Agora stopped; it will be marked failed on the next start.");
		}
	}
}
