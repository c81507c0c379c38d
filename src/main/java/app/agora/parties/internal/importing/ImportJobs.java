package app.agora.parties.internal.importing;

import app.agora.parties.ImportRejection;
import app.agora.parties.ImportStatus;
import app.agora.parties.PartyImport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code party_import} rows and their rejected lines. Counters are written
 * by the running import only, each update in the transaction of the rows it
 * counts, so the report always matches what the database holds.
 */
@Component
public class ImportJobs {

	private static final String COLUMNS = """
			id, file_name, file_size, status, all_or_nothing, requested_by_email, total_rows, processed_rows,
			created_count, updated_count, rejected_count, failure_message, created_at, started_at, finished_at""";

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	ImportJobs(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** What the background run needs beyond the public view of a job. */
	public record Job(PartyImport view, UUID requestedByParty, Locale locale) {
	}

	public record NewJob(UUID id, String fileName, long fileSize, String sha256, UUID accountId, UUID partyId,
			String email, boolean allOrNothing, Locale locale, Instant at) {
	}

	public void insert(NewJob job) {
		jdbc.sql("""
				insert into party_import (id, file_name, file_size, file_sha256, requested_by_account,
				    requested_by_party, requested_by_email, status, all_or_nothing, locale_tag, total_rows,
				    processed_rows, created_count, updated_count, rejected_count, created_at)
				values (:id, :name, :size, :sha, :account, :party, :email, :status, :allOrNothing, :locale, 0, 0, 0,
				    0, 0, :at)""").param("id", job.id()).param("name", job.fileName()).param("size", job.fileSize())
				.param("sha", job.sha256()).param("account", job.accountId()).param("party", job.partyId())
				.param("email", job.email()).param("status", ImportStatus.QUEUED.name())
				.param("allOrNothing", job.allOrNothing()).param("locale", job.locale().toLanguageTag())
				.param("at", Timestamp.from(job.at())).update();
	}

	public Optional<PartyImport> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from party_import where id = :id").param("id", id)
				.query((rs, i) -> view(rs)).optional();
	}

	Optional<Job> job(UUID id) {
		return jdbc.sql("select " + COLUMNS + ", requested_by_party, locale_tag from party_import where id = :id")
				.param("id", id).query((rs, i) -> new Job(view(rs), rs.getObject("requested_by_party", UUID.class),
						Locale.forLanguageTag(rs.getString("locale_tag"))))
				.optional();
	}

	public List<PartyImport> recent(int limit) {
		return jdbc.sql("select " + COLUMNS + " from party_import order by created_at desc, id limit :limit")
				.param("limit", limit).query((rs, i) -> view(rs)).list();
	}

	/** A job still waiting or running on a file with this content. */
	public Optional<UUID> unfinishedWithContent(String sha256) {
		return jdbc.sql("""
				select id from party_import where file_sha256 = :sha and status in ('QUEUED', 'VALIDATING', 'IMPORTING')
				order by created_at limit 1""").param("sha", sha256).query(UUID.class).optional();
	}

	void validating(UUID id, Instant at) {
		jdbc.sql("update party_import set status = 'VALIDATING', started_at = :at where id = :id")
				.param("at", Timestamp.from(at)).param("id", id).update();
	}

	/** Rows checked so far, shown while the file is being checked. */
	void checked(UUID id, long rows, long rejected) {
		jdbc.sql("update party_import set total_rows = :rows, rejected_count = :rejected where id = :id")
				.param("rows", rows).param("rejected", rejected).param("id", id).update();
	}

	void importing(UUID id, long totalRows, long rejected) {
		jdbc.sql("""
				update party_import set status = 'IMPORTING', total_rows = :rows, rejected_count = :rejected
				where id = :id""").param("rows", totalRows).param("rejected", rejected).param("id", id).update();
	}

	/** Called in the transaction that wrote the batch. */
	void written(UUID id, long processedRows, int created, int updated) {
		jdbc.sql("""
				update party_import set processed_rows = :processed, created_count = created_count + :created,
				    updated_count = updated_count + :updated
				where id = :id""").param("processed", processedRows).param("created", created).param("updated", updated)
				.param("id", id).update();
	}

	void finish(UUID id, ImportStatus status, String failureMessage, Instant at) {
		jdbc.sql("""
				update party_import set status = :status, failure_message = :message, finished_at = :at
				where id = :id""").param("status", status.name())
				.param("message", failureMessage == null ? null : bounded(failureMessage, 2000))
				.param("at", Timestamp.from(at)).param("id", id).update();
	}

	/**
	 * Jobs still marked as waiting or running that were created before a moment.
	 */
	List<UUID> unfinishedBefore(Instant moment) {
		return jdbc
				.sql("""
						select id from party_import where status in ('QUEUED', 'VALIDATING', 'IMPORTING') and created_at < :moment
						order by created_at""")
				.param("moment", Timestamp.from(moment)).query(UUID.class).list();
	}

	void addRejections(UUID id, List<ImportRejection> rejections) {
		if (rejections.isEmpty()) {
			return;
		}
		batch.batchUpdate("insert into party_import_rejection (import_id, line_number, reason) values (?, ?, ?)",
				rejections, rejections.size(), (ps, r) -> {
					ps.setObject(1, id);
					ps.setLong(2, r.line());
					ps.setString(3, bounded(r.reason(), 1000));
				});
	}

	public List<ImportRejection> rejections(UUID id, int page, int size) {
		return jdbc.sql("""
				select line_number, reason from party_import_rejection where import_id = :id
				order by line_number limit :limit offset :offset""").param("id", id).param("limit", size)
				.param("offset", (long) page * size)
				.query((rs, i) -> new ImportRejection(rs.getLong("line_number"), rs.getString("reason"))).list();
	}

	public long storedRejections(UUID id) {
		return jdbc.sql("select count(*) from party_import_rejection where import_id = :id").param("id", id)
				.query(Long.class).single();
	}

	private static PartyImport view(ResultSet rs) throws SQLException {
		return new PartyImport(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getLong("file_size"),
				ImportStatus.valueOf(rs.getString("status")), rs.getBoolean("all_or_nothing"),
				rs.getString("requested_by_email"), rs.getLong("total_rows"), rs.getLong("processed_rows"),
				rs.getLong("created_count"), rs.getLong("updated_count"), rs.getLong("rejected_count"),
				rs.getString("failure_message"), instant(rs, "created_at"), instant(rs, "started_at"),
				instant(rs, "finished_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static String bounded(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}
}
