package app.agora.federation;

import static app.agora.support.DemoUsers.ADMIN;
import static app.agora.support.DemoUsers.AGENT;
import static app.agora.support.DemoUsers.ANNE_MARIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.parties.LifecycleStage;
import app.agora.parties.Parties;
import app.agora.parties.PartyDraft;
import app.agora.parties.PartyQuery;
import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Linking runs against real sources (a second H2 database, a folder of CSV
 * exports, a loopback JSON API) and Agora's parties: the first load, what it
 * links and proposes, the decisions it respects, incremental runs, and the
 * admin page and API around them. The methods run in order: the first one makes
 * the first load the others look at.
 */
@AgoraTest
@org.springframework.test.annotation.DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordLinkingTests {

	/**
	 * Fresh for each application context (this class's, and the PostgreSQL one's).
	 */
	static LinkingSources SOURCES;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) {
		SOURCES = new LinkingSources();
		String location = SOURCES.sourcesLocation();
		registry.add("agora.federation.sources", () -> location);
		registry.add("agora.federation.linking.incremental-interval", () -> "PT1H");
		registry.add("agora.federation.linking.event-delay", () -> "PT0.1S");
	}

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	RecordLinking linking;
	@Autowired
	Parties parties;
	@Autowired
	JdbcClient jdbc;

	UUID oceane;
	UUID yannick;
	UUID helene;
	UUID bruno;
	UUID bastien;
	UUID bastienTwin;
	UUID firstLoad;

	@BeforeAll
	void people() {
		oceane = person("Océane", "Dubreuil", "oceane.dubreuil@example.fr", "06 11 22 33 01", "Rennes");
		yannick = person("Yannick", "Morvan", "y.morvan@example.fr", "06 44 55 66 77", "Brest");
		helene = person("Hélène", "Quéré", "helene.quere@example.fr", "06 55 44 33 22", "Quimper");
		bruno = person("Bruno", "Vidal", "bruno.vidal@example.fr", "06 21 43 65 87", "Lyon");
		bastien = person("Bastien", "Roux", "bastien.roux@example.fr", "06 98 76 12 34", "Dijon");
		bastienTwin = person("Bastien", "Roux", "bastien.roux@example.fr", "06 98 76 12 34", "Dijon");
		// Staff said the CRM's Hélène is someone else; staff linked the desk's Bruno to
		// Océane (rightly or not, theirs to undo).
		jdbc.sql("""
				insert into never_same (left_source, left_key, right_source, right_key, decided_at, decided_by)
				values ('agora', :party, 'crm', 'P-5', :at, 'agent@agora.demo')""").param("party", helene.toString())
				.param("at", OffsetDateTime.now()).update();
		jdbc.sql("""
				insert into source_link (source_id, record_key, party_id, method, score, created_at, created_by)
				values ('desk', 'D-6', :party, 'STAFF', 1.0, :at, 'agent@agora.demo')""").param("party", oceane)
				.param("at", OffsetDateTime.now()).update();
	}

	@AfterAll
	void release() {
		SOURCES.release();
	}

	@Test
	@Order(1)
	void aFirstLoadRunsInTheBackgroundOneAtATimeAndReachesOneHundred() throws Exception {
		SOURCES.hold();
		String body = mvc.perform(post("/api/v1/linking/runs").with(users.as(ADMIN))).andExpect(status().isAccepted())
				.andExpect(jsonPath("$.kind").value("FIRST_LOAD")).andExpect(jsonPath("$.state").value("RUNNING"))
				.andExpect(jsonPath("$.trigger").value(ADMIN)).andReturn().getResponse().getContentAsString();
		firstLoad = UUID.fromString(JSON.readTree(body).get("id").asString());

		// While it runs: a second start is refused, and the page polls the progress.
		assertThatThrownBy(() -> linking.startFirstLoad("someone else")).isInstanceOf(LinkingAlreadyRunning.class);
		mvc.perform(post("/api/v1/linking/runs").with(users.as(ADMIN))).andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("already")));
		mvc.perform(get("/admin/linking").with(users.as(ADMIN))).andExpect(status().isOk())
				.andExpect(content().string(containsString("hx-get=\"/admin/linking/status\"")))
				.andExpect(content().string(containsString("id=\"linking-progress\"")))
				.andExpect(content().string(not(containsString("id=\"linking-start\""))));
		mvc.perform(post("/admin/linking/runs").with(users.as(ADMIN))).andExpect(status().is3xxRedirection())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("notice",
						"linking.busy"));
		SOURCES.release();

		Eventually.within(Duration.ofSeconds(60), () -> linking.run(firstLoad).orElseThrow().finished());
		var run = linking.run(firstLoad).orElseThrow();
		assertThat(run.state()).isEqualTo(LinkingRun.State.COMPLETED);
		assertThat(run.progress()).isEqualTo(100);
		assertThat(run.message()).isNull();
		long partyCount = parties.search(PartyQuery.all(), 0, 1).total();
		// every party, four CRM rows, two desk contacts, three web customers (over two
		// pages)
		assertThat(run.records()).isEqualTo(partyCount + 4 + 2 + 3);
		assertThat(run.candidatePairs()).isPositive();
		String by = "linking run " + firstLoad;
		assertThat(run.linksMade()).isPositive()
				.isEqualTo(count(
						"select count(*) from source_link where created_by = :by and method in ('RULE', 'MODEL')", by))
				.isEqualTo(count("select count(*) from link_decision where made_by = :by and action = 'LINKED'", by));
		assertThat(run.reviewsProposed()).isPositive()
				.isEqualTo(count("select count(*) from link_review where proposed_by = :by and status = 'OPEN'", by))
				.isEqualTo(count("select count(*) from link_decision where made_by = :by and action = 'PROPOSED'", by));

		// an incremental run (a party registered meanwhile) may follow the first load,
		// even just after none was going: once none is, the page stops polling
		String[] page = new String[1];
		Eventually.within(Duration.ofSeconds(60), () -> !(page[0] = statusPage()).contains("hx-get"));
		assertThat(page[0]).contains("id=\"linking-runs\"", "id=\"linking-start\"");
		mvc.perform(get("/api/v1/linking/runs/" + firstLoad).with(users.as(ADMIN))).andExpect(status().isOk())
				.andExpect(jsonPath("$.progress").value(100)).andExpect(jsonPath("$.state").value("COMPLETED"));
	}

	@Test
	@Order(2)
	void theFirstLoadLinksEachSourcesRecordsOfAPersonByRuleOrModelWithAnExplanation() {
		for (var record : new String[][]{{"crm", "P-1"}, {"desk", "D-1"}, {"web", "W-1"}}) {
			var link = link(record[0], record[1]);
			assertThat(link).as("%s:%s", record[0], record[1]).isPresent();
			assertThat(link.get()).containsEntry("party_id", oceane).containsEntry("created_by",
					"linking run " + firstLoad);
			String explanation = (String) link.get().get("explanation");
			assertThat(explanation).contains("p=", "name");
			// A rule's link says which rule; the model's has no rule in front.
			assertThat(link.get().get("method")).as("%s", explanation)
					.isEqualTo(explanation.startsWith("same ") ? "RULE" : "MODEL");
			assertThat(((Number) link.get().get("score")).doubleValue()).isPositive();
		}
		// Same phone, no contradiction: the rule links, whatever the model says.
		var byPhone = link("desk", "D-1").orElseThrow();
		assertThat(byPhone.get("explanation").toString()).startsWith("same phone");
		assertThat(byPhone).containsEntry("method", "RULE");
		assertThat(((Number) byPhone.get("score")).doubleValue()).isEqualTo(1.0);
		assertThat(jdbc.sql("""
				select made_by_kind from link_decision where action = 'LINKED' and source_id = 'desk'
				and record_key = 'D-1'""").query(String.class).single()).isEqualTo("RULE");
		// Gaspard is in two sources but is no party: his records stay unlinked.
		assertThat(link("crm", "P-2")).isEmpty();
		assertThat(link("web", "W-3")).isEmpty();
		assertThat(jdbc.sql("""
				select reason from link_decision where action = 'LINKED' and source_id = 'web' and record_key = 'W-1'
				and made_by_kind in ('RULE', 'MODEL')""").query(String.class).single()).contains("email exact");
	}

	@Test
	@Order(3)
	void aBorderlinePairIsProposedForReviewWithItsExplanationAndBothRecords() throws Exception {
		assertThat(link("web", "W-2")).isEmpty();
		var review = jdbc.sql("""
				select * from link_review where right_source = 'web' and right_key = 'W-2'""").query().singleRow();
		assertThat(review).containsEntry("left_source", "agora").containsEntry("left_key", yannick.toString())
				.containsEntry("party_id", yannick).containsEntry("status", "OPEN");
		assertThat(((Number) review.get("probability")).doubleValue()).isBetween(0.5, 0.9);
		var explanation = JSON.readTree((String) review.get("explanation"));
		assertThat(explanation.has("rule")).isTrue();
		assertThat(explanation.get("comparisons").valueStream().map(c -> c.get("field").asString())).contains("name",
				"email", "phone", "city");
		var phone = explanation.get("comparisons").valueStream().filter(c -> c.get("field").asString().equals("phone"))
				.findFirst().orElseThrow();
		assertThat(phone.get("left").asString()).isEqualTo("+33644556677");
		assertThat(phone.get("right").asString()).isEqualTo("+33644556678");
		assertThat(phone.has("level")).isTrue();
		assertThat(phone.has("weight")).isTrue();
		assertThat(JSON.readTree((String) review.get("left_record")).get("email").asString())
				.isEqualTo("y.morvan@example.fr");
		assertThat(JSON.readTree((String) review.get("right_record")).get("email").asString())
				.isEqualTo("yannick.m@other.example");
	}

	@Test
	@Order(4)
	void neverTheSameAndStaffLinksHoldAndTwoPartiesAreProposedNotMerged() {
		// never the same: not linked, not proposed
		assertThat(link("crm", "P-5")).isEmpty();
		assertThat(count("select count(*) from link_review where right_source = 'crm' and right_key = 'P-5'", null))
				.isZero();
		// the staff link stays as it was
		assertThat(link("desk", "D-6").orElseThrow()).containsEntry("method", "STAFF").containsEntry("party_id",
				oceane);
		// the twins are two parties: a proposal between the two party records, both
		// parties still there
		var pair = bastien.toString().compareTo(bastienTwin.toString()) < 0
				? new String[]{bastien.toString(), bastienTwin.toString()}
				: new String[]{bastienTwin.toString(), bastien.toString()};
		var twins = jdbc.sql("""
				select * from link_review where left_source = 'agora' and left_key = :l and right_source = 'agora'
				and right_key = :r""").param("l", pair[0]).param("r", pair[1]).query().singleRow();
		assertThat(twins).containsEntry("status", "OPEN");
		assertThat(parties.find(bastien)).isPresent();
		assertThat(parties.find(bastienTwin)).isPresent();
		// Bruno's desk record is staff-linked to Océane and looks like Bruno: a person
		// decides between the two parties.
		var left = oceane.toString().compareTo(bruno.toString()) < 0 ? oceane : bruno;
		var right = left.equals(oceane) ? bruno : oceane;
		assertThat(count("""
				select count(*) from link_review where left_source = 'agora' and left_key = '%s'
				and right_source = 'agora' and right_key = '%s'""".formatted(left, right), null)).isOne();
	}

	@Test
	@Order(5)
	void aSecondFirstLoadProposesNothingTwiceAndMovesNoLink() {
		long reviews = count("select count(*) from link_review", null);
		long links = count("select count(*) from source_link", null);
		var run = linking.startFirstLoad("again");
		Eventually.within(Duration.ofSeconds(60), () -> linking.run(run.id()).orElseThrow().finished());
		var done = linking.run(run.id()).orElseThrow();
		assertThat(done.state()).isEqualTo(LinkingRun.State.COMPLETED);
		assertThat(done.linksMade()).isZero();
		assertThat(done.reviewsProposed()).isZero();
		assertThat(count("select count(*) from link_review", null)).isEqualTo(reviews);
		assertThat(count("select count(*) from source_link", null)).isEqualTo(links);
	}

	@Test
	@Order(6)
	void aNewRowInACsvExportIsLinkedByAnIncrementalRun() throws Exception {
		SOURCES.appendContact("D-9,Oceane Dubreuil,oceane.dubreuil@example.fr,");
		linking.runIncremental("test");
		Eventually.within(Duration.ofSeconds(30), () -> link("desk", "D-9").isPresent());
		// the same email as Océane's: linked by the rule
		assertThat(link("desk", "D-9").orElseThrow()).containsEntry("party_id", oceane).containsEntry("method", "RULE");
		var run = linking.recentRuns(10).stream().filter(r -> r.kind() == LinkingRun.Kind.INCREMENTAL)
				.filter(r -> r.linksMade() > 0).findFirst().orElseThrow();
		assertThat(run.state()).isEqualTo(LinkingRun.State.COMPLETED);
		assertThat(run.linksMade()).isOne();
		// Nothing changed since: no run at all.
		assertThat(linking.runIncremental("test again")).isEmpty();
	}

	@Test
	@Order(7)
	void aNewPartyIsLinkedSoonAfterItIsRegistered() {
		UUID zoe = person("Zoé", "Carpentier", "zoe.carpentier@example.fr", "06 77 88 99 00", "Lille");
		Eventually.within(Duration.ofSeconds(30), () -> link("crm", "P-7").isPresent());
		assertThat(link("crm", "P-7").orElseThrow()).containsEntry("party_id", zoe).containsEntry("method", "RULE");
		assertThat(linking.recentRuns(10)).anySatisfy(r -> {
			assertThat(r.kind()).isEqualTo(LinkingRun.Kind.INCREMENTAL);
			assertThat(r.trigger()).isEqualTo("party registered");
		});
	}

	@Test
	@Order(8)
	void onlyAdminsSeeRunsAndAnUnknownRunIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/linking/runs").with(users.as(ANNE_MARIE))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/linking/runs").with(users.as(ANNE_MARIE))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/linking/runs").with(users.as(AGENT))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/linking").with(users.as(ANNE_MARIE))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/linking/runs/" + UUID.randomUUID()).with(users.as(ADMIN)))
				.andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/v1/linking/runs/not-a-uuid").with(users.as(ADMIN))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/linking/runs").with(users.as(ADMIN))).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].kind").isNotEmpty());
		mvc.perform(get("/admin/linking").with(users.as(ADMIN))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"linking-links\"")))
				.andExpect(content().string(containsString("href=\"/review\"")));
		mvc.perform(get("/admin/sources").with(users.as(ADMIN))).andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/admin/linking\"")));
	}

	private UUID person(String given, String family, String email, String phone, String city) {
		return parties
				.create(PartyDraft.person(given, family, email, phone, city, "FR"), LifecycleStage.CUSTOMER, "test")
				.id();
	}

	private Optional<Map<String, Object>> link(String source, String key) {
		return jdbc.sql("select * from source_link where source_id = :s and record_key = :k").param("s", source)
				.param("k", key).query().listOfRows().stream().findFirst();
	}

	private long count(String sql, String by) {
		var statement = jdbc.sql(sql);
		if (by != null) {
			statement = statement.param("by", by);
		}
		return statement.query(Long.class).single();
	}

	private String statusPage() {
		try {
			return mvc.perform(get("/admin/linking/status").with(users.as(ADMIN))).andReturn().getResponse()
					.getContentAsString();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
