package app.agora.federation;

import static app.agora.support.DemoUsers.AGENT;
import static app.agora.support.DemoUsers.ANNE_MARIE;
import static app.agora.support.DemoUsers.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.parties.LifecycleStage;
import app.agora.parties.Parties;
import app.agora.parties.PartyDraft;
import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@AgoraTest
class ReviewQueueTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	Parties parties;
	@Autowired
	SourceLinks links;
	@Autowired
	NeverSame neverSame;
	@Autowired
	LinkDecisions decisions;
	@Autowired
	JdbcClient jdbc;

	ReviewFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ReviewFixture(jdbc);
	}

	@Test
	void acceptingLinksTheRecordByStaffWithTheExplanationAndIsDecidedOnce() throws Exception {
		UUID party = person("Ines", "Accept");
		UUID review = fixture.partyAndRecord(party, "Ines Accept", "billing", "ACC-1", "ACCEPT Ines", 0.74);

		mvc.perform(post("/api/v1/reviews/" + review + "/accept").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Same email, moved to Paris\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"))
				.andExpect(jsonPath("$.decidedBy").value(AGENT));

		assertThat(links.recordsOf(party)).singleElement().satisfies(link -> {
			assertThat(link.source()).isEqualTo("billing");
			assertThat(link.key()).isEqualTo("ACC-1");
			assertThat(link.method()).isEqualTo(LinkMethod.STAFF);
			assertThat(link.score()).isEqualTo(0.74);
			assertThat(link.explanation()).contains("\"email\"").contains(review.toString());
			assertThat(link.createdBy()).isEqualTo(AGENT);
			assertThat(link.explanationText()).startsWith("email: exact (+9.25) · name:")
					.contains("city: different (-2.10)");
		});
		assertThat(decisions.ofParty(party, 10)).anySatisfy(d -> {
			assertThat(d.action()).isEqualTo("ACCEPTED");
			assertThat(d.madeByKind()).isEqualTo("STAFF");
			assertThat(d.madeBy()).isEqualTo(AGENT);
			assertThat(d.reason()).isEqualTo("Same email, moved to Paris");
		});

		mvc.perform(post("/api/v1/reviews/" + review + "/accept").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"again\"}"))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("decided")));
		mvc.perform(post("/api/v1/reviews/" + review + "/reject").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"changed my mind\"}"))
				.andExpect(status().isConflict());
	}

	@Test
	void rejectingMarksTheTwoNeverTheSameAndNeedsAReason() throws Exception {
		UUID party = person("Noé", "Reject");
		UUID review = fixture.partyAndRecord(party, "Noé Reject", "shop", "REJ-1", "Noe Rejected", 0.61);

		mvc.perform(post("/api/v1/reviews/" + review + "/reject").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/reviews/" + review + "/reject").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("not json")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/reviews/" + review + "/reject").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Different birth dates\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));

		assertThat(neverSame.holds(new RecordRef("shop", "REJ-1"), NeverSame.party(party))).isTrue();
		assertThat(links.recordsOf(party)).isEmpty();
		assertThat(decisions.ofParty(party, 10)).anySatisfy(d -> {
			assertThat(d.action()).isEqualTo("REJECTED");
			assertThat(d.madeByKind()).isEqualTo("STAFF");
		});
		// Linking it by hand afterwards is refused with the reason.
		mvc.perform(post("/api/v1/customers/" + party + "/links").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"source\": \"shop\", \"key\": \"REJ-1\", \"reason\": \"try\"}"))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("never")));
	}

	@Test
	void acceptingIsRefusedWhenTheRecordWasLinkedElsewhereMeanwhile() throws Exception {
		UUID party = person("Lou", "Conflict");
		UUID other = person("Lou", "Other");
		UUID review = fixture.partyAndRecord(party, "Lou Conflict", "billing", "CON-1", "Lou C.", 0.7);
		links.linkIfNew("billing", "CON-1", other, LinkMethod.RULE, 1.0, "rule");

		mvc.perform(post("/api/v1/reviews/" + review + "/accept").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"same\"}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("linked to another party")));
		mvc.perform(get("/api/v1/reviews/" + review).with(users.as(AGENT))).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("OPEN"));
	}

	@Test
	void acceptingTwoPartiesMergesThem() throws Exception {
		UUID a = person("Yann", "Twin");
		UUID b = person("Yan", "Twin");
		UUID review = fixture.twoParties(a, b, 0.8);

		mvc.perform(post("/api/v1/reviews/" + review + "/accept").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Entered twice\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
		assertThat(parties.find(b)).isEmpty();
		assertThat(parties.currentId(b)).contains(a);
	}

	@Test
	void theQueueListsOpenPairsMostProbableFirstAndFiltersBySource() throws Exception {
		UUID party = person("Queue", "Order");
		UUID low = fixture.partyAndRecord(party, "Queue Order", "support", "ORD-LOW", "Q. Order", 0.51);
		UUID high = fixture.partyAndRecord(party, "Queue Order", "support", "ORD-HIGH", "Queue Order", 0.89);

		var json = mvc.perform(get("/api/v1/reviews?status=OPEN&source=support&size=200").with(users.as(SALES)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json.indexOf(high.toString())).isNotNegative().isLessThan(json.indexOf(low.toString()));
		mvc.perform(get("/api/v1/reviews?source=nosuchsource").with(users.as(SALES))).andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/reviews?status=MAYBE").with(users.as(SALES))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/reviews/" + UUID.randomUUID()).with(users.as(SALES))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reviews/not-an-id").with(users.as(SALES))).andExpect(status().isNotFound());
	}

	@Test
	void membersMayNotSeeOrDecideTheQueue() throws Exception {
		UUID party = person("Member", "Forbidden");
		UUID review = fixture.partyAndRecord(party, "Member Forbidden", "billing", "MEM-1", "M F", 0.6);
		mvc.perform(get("/api/v1/reviews").with(users.as(ANNE_MARIE))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/reviews/" + review + "/accept").with(users.as(ANNE_MARIE))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"me\"}"))
				.andExpect(status().isForbidden());
		mvc.perform(get("/review").with(users.as(ANNE_MARIE))).andExpect(status().isForbidden());
		mvc.perform(get("/review/" + review).with(users.as(ANNE_MARIE))).andExpect(status().isForbidden());
		mvc.perform(get("/parties/" + party + "/records").with(users.as(ANNE_MARIE))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/never-same").with(users.as(ANNE_MARIE)).contentType(MediaType.APPLICATION_JSON)
				.content("{}")).andExpect(status().isForbidden());
	}

	@Test
	void thePagesShowBothRecordsTheExplanationAndTheErrorBesideTheReason() throws Exception {
		UUID party = person("Page", "Side");
		UUID review = fixture.partyAndRecord(party, "Page Side", "billing", "PAG-1", "SIDE Page", 0.66);

		mvc.perform(get("/review").with(users.as(AGENT))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"nav-review-open\"")))
				.andExpect(content().string(containsString("/review/" + review)))
				.andExpect(content().string(containsString("SIDE Page")));
		mvc.perform(get("/review/" + review).with(users.as(AGENT))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Page Side")))
				.andExpect(content().string(containsString("SIDE Page")))
				.andExpect(content().string(containsString("id=\"explanation-table\"")))
				.andExpect(content().string(containsString("weight-bar negative")));
		mvc.perform(post("/review/" + review + "/reject").with(users.as(AGENT)).param("reason", ""))
				.andExpect(redirectedUrl("/review/" + review)).andExpect(
						flash().attribute("fieldErrors", java.util.Map.of("rejectReason", "review.reason.required")));
		mvc.perform(get("/review/" + review).with(users.as(AGENT)).flashAttr("fieldErrors",
				java.util.Map.of("rejectReason", "review.reason.required")))
				.andExpect(content().string(containsString("id=\"reject-error\">Say why: a reason is required.")));
		mvc.perform(post("/review/" + review + "/reject").with(users.as(AGENT)).param("reason", "Two people"))
				.andExpect(redirectedUrl("/review/" + review + "?decided"));
		mvc.perform(get("/review/" + review).with(users.as(AGENT))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"review-decision\"")))
				.andExpect(content().string(not(containsString("id=\"reject-form\""))));
		mvc.perform(get("/review/" + UUID.randomUUID()).with(users.as(AGENT))).andExpect(status().isNotFound());
		mvc.perform(get("/parties/" + party + "/records").with(users.as(AGENT))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"decisions-table\"")));
	}

	@Test
	void staffLinkARecordByHandOnceAndBadRequestsAreRefused() throws Exception {
		UUID party = person("Hand", "Link");
		mvc.perform(post("/api/v1/customers/" + party + "/links").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"source\": \"support\", \"key\": \"HAND-1\", \"reason\": \"Called us\"}"))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.method").value("STAFF"));
		mvc.perform(post("/api/v1/customers/" + party + "/links").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"source\": \"support\", \"key\": \"HAND-1\", \"reason\": \"Called us\"}"))
				.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/customers/" + party + "/links").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"source\": \"nowhere\", \"key\": \"HAND-2\", \"reason\": \"x\"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/customers/" + party + "/links").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"source\": \"support\"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/customers/" + UUID.randomUUID() + "/links").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"source\": \"support\", \"key\": \"HAND-3\", \"reason\": \"x\"}"))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/customers/" + party + "/links").with(users.as(AGENT))).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].key").value(hasItem("HAND-1")));
		mvc.perform(get("/api/v1/customers/" + party + "/link-decisions").with(users.as(AGENT)))
				.andExpect(status().isOk()).andExpect(jsonPath("$[0].action").value("LINKED"));

		// Never the same as the party: the link goes and the pair is remembered.
		mvc.perform(post("/api/v1/never-same").with(users.as(AGENT)).contentType(MediaType.APPLICATION_JSON).content(
				"{\"left\": {\"source\": \"support\", \"key\": \"HAND-1\"}, \"right\": {\"source\": \"agora\", "
						+ "\"key\": \"" + party + "\"}, \"reason\": \"Another Hand\"}"))
				.andExpect(status().isNoContent());
		assertThat(links.recordsOf(party)).isEmpty();
		assertThat(neverSame.holds(NeverSame.party(party), new RecordRef("support", "HAND-1"))).isTrue();
		mvc.perform(post("/api/v1/never-same").with(users.as(AGENT)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"left\": {\"source\": \"support\"}, \"reason\": \"x\"}"))
				.andExpect(status().isBadRequest());
	}

	private UUID person(String given, String family) {
		return parties.create(PartyDraft.person(given, family, null, null, "Lyon", "FR"), LifecycleStage.LEAD, "test")
				.id();
	}
}
