package app.agora.parties.internal.importing;

import app.agora.parties.ContactKeys;
import app.agora.parties.PartyDraft;
import app.agora.parties.PartyKind;
import app.agora.parties.PartyRole;
import app.agora.parties.TimelineEntry;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes one batch of valid rows with a few set-based statements instead of a
 * round trip per row: two look-ups for the parties already known by the batch's
 * emails and phones, then batched inserts and updates of parties, roles and
 * timeline entries. The caller runs it in one transaction, so every row of the
 * batch is written whole or not at all.
 * <p>
 * A row whose email key, else phone key, belongs to a known party updates that
 * party instead of creating a twin; a party created earlier in the same file is
 * known too (in the database for earlier batches, in memory for this one).
 * Updating fills in the cells the row has and keeps the others; it never
 * changes the party's kind or stage (stages move through the lifecycle, which
 * records why). Roles are added, never ended.
 */
@Component
class PartyBatchWriter {

	private static final String PARTY_COLUMNS = """
			id, kind, given_name, family_name, organisation_name, email, email_key, phone, phone_key, city, country,
			stage""";

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final ContactKeys keys;

	PartyBatchWriter(JdbcClient jdbc, JdbcTemplate batch, ContactKeys keys) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.keys = keys;
	}

	/** Who imports which file, for the timeline. */
	record Origin(String fileName, String author) {
	}

	record Written(int created, int updated) {
	}

	Written write(List<ImportRow> rows, Origin origin, Instant now) {
		var known = new KnownParties();
		load(rows, known);
		List<Target> touched = new ArrayList<>();
		List<Entry> timeline = new ArrayList<>();
		List<Grant> roles = new ArrayList<>();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		int created = 0;
		int updated = 0;
		for (ImportRow row : rows) {
			Target target = known.match(row);
			String text;
			if (target == null) {
				target = Target.create(row);
				created++;
				text = "Imported from " + origin.fileName() + " (line " + row.line() + ")";
			} else {
				target.merge(row.draft(), keys);
				updated++;
				text = "Updated by the import of " + origin.fileName() + " (line " + row.line() + ")";
			}
			if (!target.touched) {
				target.touched = true;
				touched.add(target);
			}
			known.remember(target);
			if (row.role() != null && target.roles.add(row.role())) {
				roles.add(new Grant(target.id, row.role()));
			}
			timeline.add(new Entry(target.id, text));
		}
		insertParties(touched.stream().filter(t -> t.isNew).toList(), now);
		updateParties(touched.stream().filter(t -> !t.isNew).toList(), now);
		insertRoles(roles, today);
		insertTimeline(timeline, origin, now);
		return new Written(created, updated);
	}

	/**
	 * The known parties owning any of the batch's keys, with the roles they hold
	 * (ended ones too: an import does not reopen an ended role).
	 */
	private void load(List<ImportRow> rows, KnownParties known) {
		Set<String> emails = rows.stream().map(ImportRow::emailKey).filter(k -> k != null).collect(Collectors.toSet());
		Set<String> phones = rows.stream().map(ImportRow::phoneKey).filter(k -> k != null).collect(Collectors.toSet());
		Map<UUID, Target> loaded = new LinkedHashMap<>();
		if (!emails.isEmpty()) {
			query("email_key", emails)
					.forEach(t -> known.byEmail.putIfAbsent(t.emailKey, loaded.merge(t.id, t, (a, b) -> a)));
		}
		if (!phones.isEmpty()) {
			query("phone_key", phones)
					.forEach(t -> known.byPhone.putIfAbsent(t.phoneKey, loaded.merge(t.id, t, (a, b) -> a)));
		}
		if (!loaded.isEmpty()) {
			jdbc.sql("select party_id, role from party_role where party_id in (:ids)").param("ids", loaded.keySet())
					.query((rs, i) -> Map.entry(rs.getObject("party_id", UUID.class), rs.getString("role"))).list()
					.forEach(e -> loaded.get(e.getKey()).roles.add(PartyRole.valueOf(e.getValue())));
		}
	}

	/**
	 * The oldest party first, as {@code Parties.findByContact} picks it. Locked
	 * until the batch commits, so an edit saved meanwhile waits, then finds the
	 * version bumped instead of being overwritten.
	 */
	private List<Target> query(String keyColumn, Set<String> values) {
		return jdbc.sql("select " + PARTY_COLUMNS + " from party where " + keyColumn
				+ " in (:keys) order by created_at, id for update").param("keys", values).query((rs, i) -> {
					var target = new Target(rs.getObject("id", UUID.class), false,
							PartyKind.valueOf(rs.getString("kind")), rs.getString("stage"));
					target.givenName = rs.getString("given_name");
					target.familyName = rs.getString("family_name");
					target.organisationName = rs.getString("organisation_name");
					target.email = rs.getString("email");
					target.phone = rs.getString("phone");
					target.city = rs.getString("city");
					target.country = rs.getString("country");
					// The stored keys, not recomputed ones: they are what other rows were matched
					// on.
					target.emailKey = rs.getString("email_key");
					target.phoneKey = rs.getString("phone_key");
					return target;
				}).list();
	}

	private void insertParties(List<Target> parties, Instant now) {
		if (parties.isEmpty()) {
			return;
		}
		Timestamp at = Timestamp.from(now);
		// version 0: Spring Data JDBC loads it as an existing aggregate and updates it
		// from
		// there.
		batch.batchUpdate("""
				insert into party (id, version, kind, display_name, given_name, family_name, organisation_name,
				    email, email_key, phone, phone_key, city, country, stage, created_at, updated_at)
				values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", parties, parties.size(), (ps, t) -> {
			ps.setObject(1, t.id);
			ps.setString(2, t.kind.name());
			ps.setString(3, t.displayName());
			ps.setString(4, t.givenName);
			ps.setString(5, t.familyName);
			ps.setString(6, t.organisationName);
			ps.setString(7, t.email);
			ps.setString(8, t.emailKey);
			ps.setString(9, t.phone);
			ps.setString(10, t.phoneKey);
			ps.setString(11, t.city);
			ps.setString(12, t.country);
			ps.setString(13, t.stage);
			ps.setTimestamp(14, at);
			ps.setTimestamp(15, at);
		});
	}

	/**
	 * Bumps the version, so that a form opened on the party before the import
	 * cannot silently overwrite what the import wrote.
	 */
	private void updateParties(List<Target> parties, Instant now) {
		if (parties.isEmpty()) {
			return;
		}
		Timestamp at = Timestamp.from(now);
		batch.batchUpdate("""
				update party set display_name = ?, given_name = ?, family_name = ?, organisation_name = ?, email = ?,
				    email_key = ?, phone = ?, phone_key = ?, city = ?, country = ?, updated_at = ?,
				    version = version + 1
				where id = ?""", parties, parties.size(), (ps, t) -> {
			ps.setString(1, t.displayName());
			ps.setString(2, t.givenName);
			ps.setString(3, t.familyName);
			ps.setString(4, t.organisationName);
			ps.setString(5, t.email);
			ps.setString(6, t.emailKey);
			ps.setString(7, t.phone);
			ps.setString(8, t.phoneKey);
			ps.setString(9, t.city);
			ps.setString(10, t.country);
			ps.setTimestamp(11, at);
			ps.setObject(12, t.id);
		});
	}

	private void insertRoles(List<Grant> grants, LocalDate since) {
		if (grants.isEmpty()) {
			return;
		}
		Date day = Date.valueOf(since);
		batch.batchUpdate("insert into party_role (party_id, role, since) values (?, ?, ?)", grants, grants.size(),
				(ps, g) -> {
					ps.setObject(1, g.partyId());
					ps.setString(2, g.role().name());
					ps.setDate(3, day);
				});
	}

	private void insertTimeline(List<Entry> entries, Origin origin, Instant now) {
		if (entries.isEmpty()) {
			return;
		}
		Timestamp at = Timestamp.from(now);
		batch.batchUpdate("""
				insert into timeline_entry (id, party_id, kind, text, author, occurred_at)
				values (?, ?, ?, ?, ?, ?)""", entries, entries.size(), (ps, e) -> {
			ps.setObject(1, UUID.randomUUID());
			ps.setObject(2, e.partyId());
			ps.setString(3, TimelineEntry.Kind.EVENT.name());
			ps.setString(4, e.text().length() > 4000 ? e.text().substring(0, 4000) : e.text());
			ps.setString(5, origin.author());
			ps.setTimestamp(6, at);
		});
	}

	private record Grant(UUID partyId, PartyRole role) {
	}

	private record Entry(UUID partyId, String text) {
	}

	/**
	 * Parties by contact key: those loaded from the database and those this batch
	 * wrote.
	 */
	private static final class KnownParties {

		final Map<String, Target> byEmail = new HashMap<>();
		final Map<String, Target> byPhone = new HashMap<>();

		Target match(ImportRow row) {
			Target target = row.emailKey() == null ? null : byEmail.get(row.emailKey());
			if (target == null && row.phoneKey() != null) {
				target = byPhone.get(row.phoneKey());
			}
			return target;
		}

		void remember(Target target) {
			if (target.emailKey != null) {
				byEmail.putIfAbsent(target.emailKey, target);
			}
			if (target.phoneKey != null) {
				byPhone.putIfAbsent(target.phoneKey, target);
			}
		}
	}

	/** A party as this batch will leave it. */
	private static final class Target {

		final UUID id;
		final boolean isNew;
		final PartyKind kind;
		final String stage;
		final Set<PartyRole> roles = new HashSet<>();
		boolean touched;
		String givenName;
		String familyName;
		String organisationName;
		String email;
		String emailKey;
		String phone;
		String phoneKey;
		String city;
		String country;

		Target(UUID id, boolean isNew, PartyKind kind, String stage) {
			this.id = id;
			this.isNew = isNew;
			this.kind = kind;
			this.stage = stage;
		}

		static Target create(ImportRow row) {
			var target = new Target(UUID.randomUUID(), true, row.draft().kind(), row.stage().name());
			target.take(row.draft());
			target.emailKey = row.emailKey();
			target.phoneKey = row.phoneKey();
			return target;
		}

		/**
		 * Takes the cells the row fills in; a blank cell keeps what is there. Keys are
		 * normalised again only when their inputs changed.
		 */
		void merge(PartyDraft draft, ContactKeys keys) {
			String oldEmail = email;
			String oldPhone = phone;
			String oldCountry = country;
			take(draft);
			if (!Objects.equals(oldEmail, email)) {
				emailKey = keys.email(email);
			}
			if (!Objects.equals(oldPhone, phone) || !Objects.equals(oldCountry, country)) {
				phoneKey = keys.phone(phone, country);
			}
		}

		private void take(PartyDraft draft) {
			if (kind == PartyKind.PERSON) {
				givenName = pick(draft.givenName(), givenName);
				familyName = pick(draft.familyName(), familyName);
			} else {
				organisationName = pick(draft.organisationName(), organisationName);
			}
			email = pick(draft.email(), email);
			phone = pick(draft.phone(), phone);
			city = pick(draft.city(), city);
			String newCountry = pick(draft.country(), null);
			if (newCountry != null) {
				country = newCountry.toUpperCase(Locale.ROOT);
			}
		}

		String displayName() {
			return new PartyDraft(kind, givenName, familyName, organisationName, null, null, null, null).displayName();
		}

		private static String pick(String cell, String current) {
			return cell == null || cell.isBlank() ? current : cell.strip();
		}
	}
}
