package app.agora.federation;

import static app.agora.support.DemoUsers.AGENT;
import static app.agora.support.DemoUsers.ANNE_MARIE;
import static app.agora.support.DemoUsers.DARA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@AgoraTest
class CorrectionApiTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	CorrectionRequests corrections;

	@Test
	void aCustomerFilesAndFollowsTheirOwnRequestsOnly() throws Exception {
		String id = file("""
				{"source": "shop", "facet": "offers-received", "recordKey": "OF-22",
				 "message": "I never got this offer"}""");
		mvc.perform(get("/api/v1/me/corrections").with(users.as(ANNE_MARIE))).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].id").value(hasItem(id)));
		mvc.perform(get("/api/v1/me/corrections/" + id).with(users.as(ANNE_MARIE))).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("OPEN")).andExpect(jsonPath("$.fact.source").value("shop"))
				.andExpect(jsonPath("$.fact.fields.offer").value("GR20 in Corsica, 15 days"));
		mvc.perform(get("/api/v1/me/corrections/" + id).with(users.as(DARA))).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/v1/me/corrections").with(users.as(DARA))).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
	}

	@Test
	void anEmptyMessageIsAProblemAndNothingIsStored() throws Exception {
		UUID anneMarie = users.get(ANNE_MARIE).partyId().orElseThrow();
		int before = corrections.of(anneMarie).size();
		mvc.perform(post("/api/v1/me/corrections").with(users.as(ANNE_MARIE)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"source": "shop", "facet": "offers-received", "recordKey": "OF-22", "message": ""}"""))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("message"));
		mvc.perform(post("/api/v1/me/corrections").with(users.as(ANNE_MARIE)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"source": "shop", "facet": "offers-received", "recordKey": "OF-40", "message": "not mine"}"""))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fact"));
		assertThat(corrections.of(anneMarie)).hasSize(before);
	}

	@Test
	void staffListFilterAndAnswerRequests() throws Exception {
		String id = file("""
				{"source": "billing", "facet": "transactions", "recordKey": "F-2024-0150",
				 "message": "I paid this twice", "suggestedValue": "paid once"}""");
		mvc.perform(get("/api/v1/corrections").param("status", "OPEN").param("source", "billing").with(users.as(AGENT)))
				.andExpect(status().isOk()).andExpect(jsonPath("$[*].id").value(hasItem(id)));
		mvc.perform(get("/api/v1/corrections").param("source", "shop").with(users.as(AGENT))).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
		mvc.perform(get("/api/v1/corrections").param("status", "LOST").with(users.as(AGENT)))
				.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/corrections/" + id).with(users.as(AGENT))).andExpect(status().isOk())
				.andExpect(jsonPath("$.suggestedValue").value("paid once"));

		mvc.perform(patch("/api/v1/corrections/" + id).with(users.as(AGENT)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"finished\"}")).andExpect(status().isBadRequest());
		mvc.perform(patch("/api/v1/corrections/" + id).with(users.as(AGENT)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"DECLINED\"}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("reply"));
		mvc.perform(patch("/api/v1/corrections/" + id).with(users.as(AGENT)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"IN_PROGRESS\", \"reply\": \"Checking with the bank.\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"))
				.andExpect(jsonPath("$.handledBy").value(AGENT));
		mvc.perform(get("/api/v1/me/corrections/" + id).with(users.as(ANNE_MARIE))).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
				.andExpect(jsonPath("$.reply").value("Checking with the bank."));
		mvc.perform(patch("/api/v1/corrections/" + UUID.randomUUID()).with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"CORRECTED\"}"))
				.andExpect(status().isNotFound());
	}

	@Test
	void membersAreForbiddenTheStaffApi() throws Exception {
		mvc.perform(get("/api/v1/corrections").with(users.as(ANNE_MARIE))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/corrections/" + UUID.randomUUID()).with(users.as(ANNE_MARIE)))
				.andExpect(status().isForbidden());
		mvc.perform(patch("/api/v1/corrections/" + UUID.randomUUID()).with(users.as(ANNE_MARIE))
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"CORRECTED\"}"))
				.andExpect(status().isForbidden());
	}

	private String file(String json) throws Exception {
		var result = mvc
				.perform(post("/api/v1/me/corrections").with(users.as(ANNE_MARIE))
						.contentType(MediaType.APPLICATION_JSON).content(json))
				.andExpect(status().isCreated()).andExpect(header().exists("Location")).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}
}
