package app.agora.parties;

import app.agora.access.SignedInUser;
import app.agora.parties.internal.importing.ImportJobs;
import app.agora.parties.internal.importing.ImportRunner;
import app.agora.parties.internal.importing.UploadStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports parties from CSV files in the background: staff start an import and
 * follow its progress and report. The file format, matching rules and limits
 * are in {@code docs/import.md}. All staff see all imports; anyone else is told
 * there is no such import.
 */
@Service
public class PartyImports {

	private final ImportJobs jobs;
	private final UploadStore uploads;
	private final ImportRunner runner;

	PartyImports(ImportJobs jobs, UploadStore uploads, ImportRunner runner) {
		this.jobs = jobs;
		this.uploads = uploads;
		this.runner = runner;
	}

	/**
	 * Stores the content (streamed to disk, never held in memory) and queues its
	 * import. Messages of the report are written in the current request's language.
	 *
	 * @throws ImportRefused
	 *             when the requester is not staff, the file is empty or not a CSV
	 *             file, or the same file is still being imported
	 */
	public PartyImport start(InputStream content, String fileName, ImportOptions options, SignedInUser requester)
			throws IOException {
		if (requester == null || !requester.isStaff()) {
			throw new ImportRefused(ImportRefused.Reason.NOT_STAFF, "Only staff may import parties.");
		}
		String name = cleanName(fileName);
		if (!isCsvName(name)) {
			throw new ImportRefused(ImportRefused.Reason.WRONG_TYPE,
					"Only CSV files can be imported (a name ending in .csv or .txt).");
		}
		var received = uploads.receive(content);
		try {
			if (received.size() == 0) {
				throw new ImportRefused(ImportRefused.Reason.EMPTY_FILE, "The file is empty.");
			}
			if (received.spreadsheet()) {
				throw new ImportRefused(ImportRefused.Reason.WRONG_TYPE,
						"This is a spreadsheet workbook, not a CSV file: save it as \"CSV UTF-8\" and import that.");
			}
			var running = jobs.unfinishedWithContent(received.sha256());
			if (running.isPresent()) {
				throw ImportRefused.alreadyRunning(running.get());
			}
			UUID id = UUID.randomUUID();
			uploads.adopt(received, id);
			try {
				jobs.insert(new ImportJobs.NewJob(id, name, received.size(), received.sha256(), requester.accountId(),
						requester.partyId().orElse(null), requester.email(), options.allOrNothing(), language(),
						Instant.now()));
			} catch (RuntimeException e) {
				uploads.delete(id);
				throw e;
			}
			submitWhenCommitted(id);
			return jobs.find(id).orElseThrow();
		} finally {
			uploads.discard(received);
		}
	}

	/**
	 * The background run reads the job row: when the caller has a transaction open,
	 * it starts once that transaction has committed the row (and the file goes if
	 * it rolled back).
	 */
	private void submitWhenCommitted(UUID id) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_COMMITTED) {
						runner.submit(id);
					} else {
						uploads.delete(id);
					}
				}
			});
		} else {
			runner.submit(id);
		}
	}

	/** An import's progress, or its report once finished. */
	public PartyImport get(UUID id, SignedInUser asker) {
		if (asker == null || !asker.isStaff()) {
			throw new ImportNotFound(id);
		}
		return jobs.find(id).orElseThrow(() -> new ImportNotFound(id));
	}

	/** The latest imports, newest first. */
	public List<PartyImport> recent(SignedInUser asker, int limit) {
		if (asker == null || !asker.isStaff()) {
			return List.of();
		}
		return jobs.recent(Math.clamp(limit, 1, 200));
	}

	/** A page of an import's rejected rows, by line; {@code page} counts from 0. */
	public ImportRejections rejections(UUID id, int page, int size, SignedInUser asker) {
		var job = get(id, asker);
		int p = Math.max(0, page);
		int s = Math.clamp(size, 1, 500);
		return new ImportRejections(id, jobs.rejections(id, p, s), p, s, jobs.storedRejections(id), job.rejected());
	}

	/**
	 * Only the last part of a path, as browsers on some systems send the whole
	 * path.
	 */
	private static String cleanName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "import.csv";
		}
		String name = fileName.strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("\\p{Cntrl}", "");
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

	private static boolean isCsvName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".csv") || lower.endsWith(".txt");
	}

	private static Locale language() {
		return "fr".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
	}
}
