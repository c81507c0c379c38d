package app.agora.parties.internal.importing;

import static app.agora.parties.internal.importing.ImportFixtures.HEADER;
import static app.agora.parties.internal.importing.ImportFixtures.assertCounts;
import static app.agora.parties.internal.importing.ImportFixtures.unique;
import static app.agora.parties.internal.importing.ImportFixtures.uniqueFrenchMobile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.agora.parties.ImportOptions;
import app.agora.parties.ImportRefused;
import app.agora.parties.ImportStatus;
import app.agora.parties.LifecycleStage;
import app.agora.parties.Parties;
import app.agora.parties.PartiesImported;
import app.agora.parties.PartyDetails;
import app.agora.parties.PartyDraft;
import app.agora.parties.PartyImports;
import app.agora.parties.PartyKind;
import app.agora.parties.PartyRole;
import app.agora.parties.Timeline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class PartyImportTests {

	@Autowired
	PartyImports imports;
	@Autowired
	Parties parties;
	@Autowired
	Timeline timeline;
	@Autowired
	UserDetailsService users;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ConfigurableApplicationContext context;
	@Autowired
	ImportJobs jobs;
	@Autowired
	ImportRunner runner;
	@Autowired
	TransactionTemplate transactions;
	@TempDir
	Path folder;

	ImportFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ImportFixtures(imports, users, folder);
	}

	@Test
	void importsNewPartiesWithTheirRoleStageAndTimeline() throws Exception {
		String email = unique("chloe") + "@example.fr";
		String org = unique("Alpine Outfitters");
		var file = fixtures.csv("new.csv", HEADER + "\n" + "person,Chloé,Martin,," + email
				+ ",06 11 22 33 44,Annecy,fr,customer,\n" + ",,," + org + ",,,Geneva,CH,partner,negotiation\n");

		var job = fixtures.importAndWait(file);

		assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(job.totalRows()).isEqualTo(2);
		assertThat(job.processedRows()).isEqualTo(2);
		assertCounts(job, 2, 0, 0);
		PartyDetails chloe = parties.get(parties.findByContact(email, null, null).orElseThrow());
		assertThat(chloe.kind()).isEqualTo(PartyKind.PERSON);
		assertThat(chloe.displayName()).isEqualTo("Chloé Martin");
		assertThat(chloe.country()).isEqualTo("FR");
		assertThat(chloe.stage()).isEqualTo(LifecycleStage.CUSTOMER);
		assertThat(chloe.holds(PartyRole.CUSTOMER)).isTrue();
		assertThat(timeline.of(chloe.id(), 10)).extracting(e -> e.text())
				.containsExactly("Imported from new.csv (line 2)");
		var organisation = jdbc.sql("select id from party where display_name = :name").param("name", org)
				.query(UUID.class).single();
		assertThat(parties.get(organisation).kind()).isEqualTo(PartyKind.ORGANISATION);
		assertThat(parties.get(organisation).stage()).isEqualTo(LifecycleStage.NEGOTIATION);
		assertThat(parties.get(organisation).holds(PartyRole.PARTNER)).isTrue();
	}

	@Test
	void duplicateEmailUpdatesInsteadOfCreatingTwin() throws Exception {
		String email = unique("dara") + "@example.com";
		var known = parties.create(PartyDraft.person("Dara", "Okafor", email, null, "Paris", "FR"),
				LifecycleStage.CUSTOMER, "test");
		var file = fixtures.csv("email.csv", "given_name,family_name,email,city,role\n" + "Dara,Okafor-Smith,"
				+ email.toUpperCase() + ",,prospect\n");

		var job = fixtures.importAndWait(file);

		assertCounts(job, 0, 1, 0);
		assertThat(count("email_key", email)).isEqualTo(1);
		var after = parties.get(known.id());
		assertThat(after.familyName()).isEqualTo("Okafor-Smith");
		assertThat(after.displayName()).isEqualTo("Dara Okafor-Smith");
		assertThat(after.city()).as("an empty cell keeps what is known").isEqualTo("Paris");
		assertThat(after.stage()).as("an import does not move the stage").isEqualTo(LifecycleStage.CUSTOMER);
		assertThat(after.holds(PartyRole.PROSPECT)).isTrue();
		assertThat(after.version()).isGreaterThan(known.version());
		assertThat(timeline.of(known.id(), 10)).extracting(e -> e.text())
				.contains("Updated by the import of email.csv (line 2)");
	}

	@Test
	void duplicatePhoneInAnotherFormatUpdatesInsteadOfCreatingTwin() throws Exception {
		String international = uniqueFrenchMobile();
		String national = "0" + international.substring(4).replace(" ", ".");
		var known = parties.create(PartyDraft.person("Keiko", "Sato", null, international, null, "FR"),
				LifecycleStage.PROSPECT, "test");
		var file = fixtures.csv("phone.csv",
				"given_name,family_name,phone,city\n" + "Keiko,Sato," + national + ",Osaka\n");

		var job = fixtures.importAndWait(file);

		assertCounts(job, 0, 1, 0);
		assertThat(parties.get(known.id()).city()).isEqualTo("Osaka");
		assertThat(count("phone_key", keyOf(known.id()))).isEqualTo(1);
	}

	@Test
	void duplicatesWithinTheFileBecomeOnePartyEvenAcrossBatches() throws Exception {
		String email = unique("liam") + "@example.ie";
		String phone = uniqueFrenchMobile();
		var csv = new StringBuilder("given_name,family_name,email,phone,city\n");
		csv.append("Liam,O’Brien,").append(email).append(",,Cork\n");
		csv.append("Liam,O’Brien,,").append(phone).append(",\n");
		csv.append("Liam,,").append(email.toUpperCase()).append(",").append(phone).append(",Dublin\n");
		String filler = unique("filler");
		for (int i = 0; i < 1500; i++) {
			csv.append("Filler,").append(i).append(',').append(filler).append(i).append("@example.com,,\n");
		}
		csv.append("Liam,O’Brien,").append(email).append(",,Galway\n");
		var file = fixtures.csv("within.csv", csv.toString());

		var job = fixtures.importAndWait(file);

		assertCounts(job, 1 + 1 + 1500, 2, 0);
		assertThat(count("email_key", email)).isEqualTo(1);
		UUID liam = parties.findByContact(email, null, null).orElseThrow();
		assertThat(parties.get(liam).city()).isEqualTo("Galway");
		assertThat(timeline.of(liam, 10)).hasSize(3);
	}

	@Test
	void rejectedRowsAreReportedWithTheirLineNumbers() throws Exception {
		String ok = unique("ok") + "@example.com";
		var file = fixtures.csv("mixed.csv", HEADER + "\n" // line 1
				+ "person,Ana,Lopez,,not-an-email,,Bilbao,ES,,\n" // line 2
				+ "\n" // line 3, blank: skipped
				+ "person,\"Multi\nLine\",Name,," + ok + ",,,,,\n" // lines 4-5
				+ "robot,Rob,Ot,,,,,,,\n" // line 6
				+ ",,,,,,,,,\n" // line 7: no values at all, skipped like a blank line
				+ "person,Only,Four,values\n" // line 8
				+ "organisation,Ann,,,,,,FRA,client,later\n"); // line 9

		var job = fixtures.importAndWait(file);

		assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
		assertCounts(job, 1, 0, 4);
		var report = imports.rejections(job.id(), 0, 50, fixtures.admin());
		assertThat(report.stored()).isEqualTo(4);
		assertThat(report.rejections()).extracting(r -> r.line()).containsExactly(2L, 6L, 8L, 9L);
		assertThat(report.rejections().get(0).reason()).isEqualTo("email: not a valid email address.");
		assertThat(report.rejections().get(1).reason()).contains("kind: “robot” is not a kind of party");
		assertThat(report.rejections().get(2).reason()).isEqualTo("The row has 4 values; the header has 10.");
		assertThat(report.rejections().get(3).reason()).contains("role: “client” is not a role",
				"stage: “later” is not a stage", "An organisation needs an organisation_name",
				"country: use a two-letter country code");
	}

	@Test
	void rejectionReasonsSpeakTheRequestersLanguage() throws Exception {
		var file = fixtures.csv("fr.csv", "given_name;email\nAnne;pas-une-adresse\n");
		UUID id;
		LocaleContextHolder.setLocale(Locale.FRENCH);
		try {
			id = fixtures.start(file, false).id();
		} finally {
			LocaleContextHolder.resetLocaleContext();
		}

		fixtures.await(id);

		assertThat(imports.rejections(id, 0, 10, fixtures.admin()).rejections()).extracting(r -> r.reason())
				.containsExactly("email : adresse e-mail invalide.");
	}

	@Test
	void semicolonsAndLooseHeaderNamesAreUnderstood() throws Exception {
		String email = unique("jonas") + "@example.de";
		var file = fixtures.csv("excel-fr.csv",
				"\uFEFFGiven Name;FAMILY-NAME;E-mail;Country\nJonas;Müller;" + email + ";de\n");

		var job = fixtures.importAndWait(file);

		assertThat(job.failureMessage()).isNull();
		assertCounts(job, 1, 0, 0);
		assertThat(parties.get(parties.findByContact(email, null, null).orElseThrow()).displayName())
				.isEqualTo("Jonas Müller");
	}

	@Test
	void unknownColumnsFailTheImportAndImportNothing() throws Exception {
		String email = unique("nobody") + "@example.com";
		var file = fixtures.csv("columns.csv", "given_name,emial,notes\nNo,Body," + email + "\n");

		var job = fixtures.importAndWait(file);

		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(job.failureMessage()).startsWith("Unknown columns: \"emial\", \"notes\".")
				.endsWith("Nothing was imported.");
		assertCounts(job, 0, 0, 0);
	}

	@Test
	void headerWithoutNameColumnsFailsTheImport() throws Exception {
		var file = fixtures.csv("nonames.csv", "email,phone\n" + unique("x") + "@example.com,\n");

		var job = fixtures.importAndWait(file);

		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(job.failureMessage()).contains("at least one of given_name, family_name or organisation_name");
	}

	@Test
	void badEncodingImportsNothing() throws Exception {
		String before = unique("before") + "@example.com";
		var content = new ByteArrayOutputStream();
		content.writeBytes(("given_name,email\nValid," + before + "\n").getBytes(StandardCharsets.UTF_8));
		content.writeBytes("Ren".getBytes(StandardCharsets.UTF_8));
		content.write(0xE9); // "é" in ISO-8859-1, not UTF-8
		content.writeBytes((",rene@example.com\n").getBytes(StandardCharsets.UTF_8));
		var file = fixtures.write("latin1.csv", content.toByteArray());

		var job = fixtures.importAndWait(file);

		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(job.failureMessage()).isEqualTo(
				"Line 3 is not valid UTF-8. Save the file as “CSV UTF-8” and import it again. Nothing was imported.");
		assertCounts(job, 0, 0, 0);
		assertThat(count("email_key", before)).isZero();
	}

	@Test
	void veryLongLineFailsWithItsLineNumberAndImportsNothing() throws Exception {
		String before = unique("long") + "@example.com";
		var content = new StringBuilder("given_name,email\nValid,").append(before).append("\n");
		content.append("Huge,").append("x".repeat(5 * 1024 * 1024)).append("\n");
		var file = fixtures.csv("long.csv", content.toString());

		var job = fixtures.importAndWait(file);

		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(job.failureMessage()).startsWith("Line 3 is longer than 65,536 characters");
		assertThat(count("email_key", before)).isZero();
	}

	@Test
	void unclosedQuoteFailsTheImport() throws Exception {
		String before = unique("quote") + "@example.com";
		var file = fixtures.csv("quote.csv",
				"given_name,email\nValid," + before + "\n\"Broken,x@example.com\nOther,y@example.com\n");

		var job = fixtures.importAndWait(file);

		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(job.failureMessage()).startsWith("Line 3: the CSV is malformed");
		assertThat(count("email_key", before)).isZero();
	}

	@Test
	void tenThousandBadRowsAreAllCountedAndTheFirstOnesStored() throws Exception {
		String good = unique("good") + "@example.com";
		var csv = new StringBuilder("given_name,email\nGood,").append(good).append('\n');
		for (int i = 0; i < 10_000; i++) {
			csv.append("Bad,not an email ").append(i).append('\n');
		}
		var file = fixtures.csv("bad.csv", csv.toString());

		var job = fixtures.importAndWait(file);

		assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
		assertCounts(job, 1, 0, 10_000);
		var report = imports.rejections(job.id(), 1, 500, fixtures.admin());
		assertThat(report.rejected()).isEqualTo(10_000);
		assertThat(report.stored()).isEqualTo(1000);
		assertThat(report.rejections()).hasSize(500);
		assertThat(report.rejections().get(0).line()).isEqualTo(503);
	}

	@Test
	void allOrNothingImportsNoneWhenOneRowIsRejected() throws Exception {
		String good = unique("all") + "@example.com";
		var file = fixtures.csv("strict.csv", "given_name,email\nGood," + good + "\nBad,nope\n");

		var job = fixtures.importAndWait(file, true);

		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(job.failureMessage())
				.isEqualTo("1 rows were rejected and all or nothing was asked: nothing was imported.");
		assertCounts(job, 0, 0, 1);
		assertThat(count("email_key", good)).isZero();
		assertThat(imports.rejections(job.id(), 0, 10, fixtures.admin()).rejections()).extracting(r -> r.line())
				.containsExactly(3L);
	}

	@Test
	void importedPartyIsEditedLikeAnyOtherWithItsVersion() throws Exception {
		String email = unique("version") + "@example.com";
		var file = fixtures.csv("version.csv", "given_name,email\nVera," + email + "\n");
		fixtures.importAndWait(file);
		UUID id = parties.findByContact(email, null, null).orElseThrow();
		var imported = parties.get(id);
		assertThat(imported.version()).isZero();

		var edited = parties.update(id, 0, PartyDraft.person("Vera", "Vogel", email, null, "Bern", "CH"), "test");
		assertThat(edited.version()).isEqualTo(1);
		parties.grantRole(id, PartyRole.CUSTOMER, null, "test");

		var again = fixtures.csv("version2.csv", "given_name,email,city\nVera," + email + ",Basel\n");
		assertCounts(fixtures.importAndWait(again), 0, 1, 0);
		assertThatThrownBy(() -> parties.update(id, edited.version(),
				PartyDraft.person("Vera", "Stale", email, null, null, null), "test"))
				.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(parties.get(id).city()).isEqualTo("Basel");
		assertThat(parties.get(id).holds(PartyRole.CUSTOMER)).isTrue();
	}

	@Test
	void twentyThousandRowsAreStreamedAndWrittenInBatches() throws Exception {
		String prefix = unique("bulk");
		var csv = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < 20_000; i++) {
			csv.append("person,Given").append(i).append(",Family,,").append(prefix).append('-').append(i)
					.append("@example.com,,Lyon,FR,prospect,\n");
		}
		var file = fixtures.csv("bulk.csv", csv.toString());

		var job = fixtures.importAndWait(file);

		assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
		assertCounts(job, 20_000, 0, 0);
		assertThat(job.processedRows()).isEqualTo(20_000);
		// Each batch of 1,000 rows is its own transaction, stamped with its own time:
		// never
		// the whole file at once.
		long batches = jdbc.sql("select count(distinct created_at) from party where email_key like :prefix")
				.param("prefix", prefix + "-%").query(Long.class).single();
		assertThat(batches).isEqualTo(20);
		assertThat(jdbc.sql("""
				select count(*) from party_role r join party p on p.id = r.party_id
				where p.email_key like :prefix and r.role = 'PROSPECT'""").param("prefix", prefix + "-%")
				.query(Long.class).single()).isEqualTo(20_000);
	}

	@Test
	void theEndOfAnImportIsPublishedOnce() throws Exception {
		List<PartiesImported> published = new CopyOnWriteArrayList<>();
		context.addApplicationListener(ApplicationListener.<PartiesImported>forPayload(published::add));
		var file = fixtures.csv("event.csv", "given_name,email\nEve," + unique("eve") + "@example.com\nBad,nope\n");

		var job = fixtures.importAndWait(file);

		assertThat(published).filteredOn(e -> e.importId().equals(job.id())).singleElement().satisfies(e -> {
			assertThat(e.outcome()).isEqualTo(PartiesImported.Outcome.COMPLETED);
			assertThat(e.requestedBy()).isNotNull();
			assertThat(e.fileName()).isEqualTo("event.csv");
			assertThat(e.created()).isEqualTo(1);
			assertThat(e.rejected()).isEqualTo(1);
		});
	}

	@Test
	void importStartedInsideATransactionRunsOnceItCommits() throws Exception {
		String email = unique("tx") + "@example.com";
		var file = fixtures.csv("tx.csv", "given_name,email\nTess," + email + "\n");

		UUID id = transactions.execute(status -> {
			try {
				return fixtures.start(file, false).id();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});

		assertCounts(fixtures.await(id), 1, 0, 0);
	}

	@Test
	void aMemberMayNotImport() {
		var member = fixtures.user("dara@agora.demo");

		assertThatThrownBy(() -> imports.start(new ByteArrayInputStream("given_name\nX\n".getBytes()), "x.csv",
				ImportOptions.defaults(), member)).isInstanceOfSatisfying(ImportRefused.class,
						e -> assertThat(e.reason()).isEqualTo(ImportRefused.Reason.NOT_STAFF));
	}

	@Test
	void anImportCutShortByAStopIsMarkedFailedOnTheNextStart() {
		UUID id = UUID.randomUUID();
		jobs.insert(new ImportJobs.NewJob(id, "cut.csv", 10, unique("sha"), fixtures.admin().accountId(), null,
				"admin@agora.demo", false, Locale.ENGLISH, Instant.now().minusSeconds(60)));

		runner.failInterrupted(Instant.now());

		var job = imports.get(id, fixtures.admin());
		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(job.failureMessage()).startsWith("Agora stopped while this import ran");
	}

	private long count(String keyColumn, String key) {
		return jdbc.sql("select count(*) from party where " + keyColumn + " = :key").param("key", key.toLowerCase())
				.query(Long.class).single();
	}

	private String keyOf(UUID id) {
		return jdbc.sql("select phone_key from party where id = :id").param("id", id).query(String.class).single();
	}
}
