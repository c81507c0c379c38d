package app.agora.parties;

import static app.agora.support.DemoUsers.ANNE_MARIE;
import static app.agora.support.DemoUsers.DARA;
import static app.agora.support.DemoUsers.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@AgoraTest
class PartyApiTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	JsonMapper json;
	@Autowired
	Parties parties;

	@Test
	void staffCreateFindAndEditAParty() throws Exception {
		String body = mvc
				.perform(post("/api/v1/parties?stage=PROSPECT").with(users.as(SALES))
						.contentType(MediaType.APPLICATION_JSON).content("""
								{"kind":"PERSON","givenName":"Inès","familyName":"Berger",
								 "email":"Ines.Berger@Example.com","phone":"06 11 22 33 44","country":"FR"}"""))
				.andExpect(status().isCreated()).andExpect(header().string("Location", startsWith("/api/v1/parties/")))
				.andExpect(jsonPath("$.displayName").value("Inès Berger"))
				.andExpect(jsonPath("$.stage").value("PROSPECT")).andReturn().getResponse().getContentAsString();
		UUID id = UUID.fromString(json.readTree(body).get("id").asString());

		mvc.perform(get("/api/v1/parties").param("q", "berger").with(users.as(SALES))).andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.parties[0].id").value(id.toString()));
		mvc.perform(get("/api/v1/parties").param("q", "+33611223344").with(users.as(SALES)))
				.andExpect(jsonPath("$.total").value(1));

		mvc.perform(put("/api/v1/parties/" + id).with(users.as(SALES)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"kind":"PERSON","givenName":"Inès","familyName":"Berger-Roy","email":"ines@example.com"}"""))
				.andExpect(status().isOk()).andExpect(jsonPath("$.displayName").value("Inès Berger-Roy"))
				.andExpect(header().string("ETag", "\"1\""));
		assertThat(parties.findByContact("INES@example.com", null, null)).contains(id);
	}

	@Test
	void editOnAStaleVersionIsRefusedWithConflict() throws Exception {
		var party = parties.create(PartyDraft.person("Old", "Version", null, null, null, null), LifecycleStage.LEAD,
				"test");
		parties.update(party.id(), 0, PartyDraft.person("Newer", "Version", null, null, null, null), "someone");

		mvc.perform(put("/api/v1/parties/" + party.id()).with(users.as(SALES)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PERSON\",\"givenName\":\"Mine\"}"))
				.andExpect(status().isConflict())
				.andExpect(header().string("Content-Type", startsWith("application/problem+json")));
		assertThat(parties.get(party.id()).givenName()).isEqualTo("Newer");
	}

	@Test
	void badInputAnswersAProblemAndStoresNothing() throws Exception {
		long before = parties.search(PartyQuery.all(), 0, 1).total();
		mvc.perform(post("/api/v1/parties").with(users.as(SALES)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"PERSON\",\"email\":\"not an email\"}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.status").value(400)).andExpect(jsonPath("$.errors[*].field", hasItem("email")));
		mvc.perform(post("/api/v1/parties").with(users.as(SALES)).contentType(MediaType.APPLICATION_JSON)
				.content("{broken")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/parties").with(users.as(SALES)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"ALIEN\",\"givenName\":\"x\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/parties").with(users.as(SALES)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"PERSON\",\"givenName\":\"" + "x".repeat(5000) + "\"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/parties").param("page", "abc").with(users.as(SALES)))
				.andExpect(status().isBadRequest());
		assertThat(parties.search(PartyQuery.all(), 0, 1).total()).isEqualTo(before);
	}

	@Test
	void unknownAndMalformedIdsAnswerNotFound() throws Exception {
		mvc.perform(get("/api/v1/parties/" + UUID.randomUUID()).with(users.as(SALES))).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/v1/parties/42").with(users.as(SALES))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/parties/" + UUID.randomUUID() + "/timeline").with(users.as(SALES)))
				.andExpect(status().isNotFound());
	}

	@Test
	void lostProspectStaysInTouchWithReasonAndCompetitor() throws Exception {
		var prospect = parties.create(PartyDraft.person("Leo", "Lost", "leo@example.com", null, null, null),
				LifecycleStage.NEGOTIATION, "test");
		parties.grantRole(prospect.id(), PartyRole.PROSPECT, null, "test");
		var competitor = parties.search(new PartyQuery("Summit Trails", PartyRole.COMPETITOR, null, null), 0, 1)
				.parties().getFirst();

		mvc.perform(post("/api/v1/parties/" + prospect.id() + "/lost").with(users.as(SALES))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Cheaper elsewhere\",\"competitorId\":\"" + competitor.id() + "\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("LOST_IN_TOUCH"));

		mvc.perform(get("/api/v1/parties/" + prospect.id()).with(users.as(SALES))).andExpect(status().isOk())
				.andExpect(jsonPath("$.roles[0].role").value("PROSPECT"))
				.andExpect(jsonPath("$.roles[0].until").isEmpty());
		mvc.perform(get("/api/v1/parties/" + prospect.id() + "/stages").with(users.as(SALES)))
				.andExpect(jsonPath("$[0].stage").value("LOST_IN_TOUCH"))
				.andExpect(jsonPath("$[0].reason").value("Cheaper elsewhere"))
				.andExpect(jsonPath("$[0].competitorName").value("Summit Trails"));
		mvc.perform(post("/api/v1/parties/" + prospect.id() + "/lost").with(users.as(SALES))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/parties/" + prospect.id() + "/lost").with(users.as(SALES))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"x\",\"competitorId\":\"" + prospect.id() + "\"}"))
				.andExpect(status().isBadRequest());
	}

	@Test
	void relationshipsRolesAndTimelineOverTheApi() throws Exception {
		var a = parties.create(PartyDraft.person("Ana", "One", null, null, null, null), LifecycleStage.LEAD, "t");
		var b = parties.create(PartyDraft.organisation("Two Ltd", null, null, null, null), LifecycleStage.LEAD, "t");

		String rel = mvc
				.perform(post("/api/v1/parties/" + a.id() + "/relationships").with(users.as(SALES))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"kind\":\"WORKS_FOR\",\"toId\":\"" + b.id() + "\",\"note\":\"CFO\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		mvc.perform(post("/api/v1/parties/" + a.id() + "/relationships").with(users.as(SALES))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"WORKS_FOR\",\"toId\":\"" + b.id() + "\"}")).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/parties/" + b.id() + "/relationships").with(users.as(SALES)))
				.andExpect(jsonPath("$[0].fromName").value("Ana One"))
				.andExpect(jsonPath("$[0].toName").value("Two Ltd"));
		String relId = json.readTree(rel).get("id").asString();
		mvc.perform(delete("/api/v1/parties/" + a.id() + "/relationships/" + relId).with(users.as(SALES)))
				.andExpect(status().isNoContent());

		mvc.perform(post("/api/v1/parties/" + a.id() + "/roles").with(users.as(SALES))
				.contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"CUSTOMER\",\"since\":\"2025-02-03\"}"))
				.andExpect(jsonPath("$.roles[0].since").value("2025-02-03"));
		mvc.perform(delete("/api/v1/parties/" + a.id() + "/roles/CUSTOMER").with(users.as(SALES)))
				.andExpect(jsonPath("$.roles[0].until").isNotEmpty());

		mvc.perform(post("/api/v1/parties/" + a.id() + "/timeline").with(users.as(SALES))
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Called about the Dolomites\"}"))
				.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/parties/" + a.id() + "/timeline").with(users.as(SALES)))
				.andExpect(jsonPath("$[0].text").value("Called about the Dolomites"))
				.andExpect(jsonPath("$[0].kind").value("NOTE"));
		mvc.perform(post("/api/v1/parties/" + a.id() + "/timeline").with(users.as(SALES))
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"  \"}"))
				.andExpect(status().isBadRequest());
	}

	@Test
	void aCustomerCanNeverReadPartiesWhateverTheId() throws Exception {
		UUID dara = users.get(DARA).partyId().orElseThrow();
		UUID herself = users.get(ANNE_MARIE).partyId().orElseThrow();
		for (UUID id : new UUID[]{dara, herself, UUID.randomUUID()}) {
			mvc.perform(get("/api/v1/parties/" + id).with(users.as(ANNE_MARIE))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/parties/" + id + "/timeline").with(users.as(ANNE_MARIE)))
					.andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/parties").with(users.as(ANNE_MARIE))).andExpect(status().isForbidden());
		mvc.perform(get("/parties/" + dara).with(users.as(ANNE_MARIE))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/me").with(users.as(ANNE_MARIE))).andExpect(status().isOk())
				.andExpect(jsonPath("$.partyId").value(herself.toString()));
	}

	@Test
	void anonymousCallsAreUnauthorised() throws Exception {
		mvc.perform(get("/api/v1/parties")).andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.status").value(401));
	}
}
