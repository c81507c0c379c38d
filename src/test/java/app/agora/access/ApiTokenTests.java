package app.agora.access;

import static app.agora.support.DemoUsers.ANNE_MARIE;
import static app.agora.support.DemoUsers.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@AgoraTest
class ApiTokenTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	JsonMapper json;
	@Autowired
	JdbcClient jdbc;

	private JsonNode createToken(String email, String scopes) throws Exception {
		String body = mvc
				.perform(post("/api/v1/me/tokens").with(users.as(email)).with(csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"name\":\"script\",\"scopes\":[" + scopes + "],\"expiresInDays\":30}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.readTree(body);
	}

	@Test
	void aTokenSignsInApiCallsAndIsStoredOnlyAsAHash() throws Exception {
		var created = createToken(SALES, "\"read\",\"write\"");
		String secret = created.get("secret").asString();
		assertThat(secret).startsWith("agora_");

		mvc.perform(get("/api/v1/parties").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/parties").header("Authorization", "Bearer " + secret)
				.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PERSON\",\"givenName\":\"Tok\"}"))
				.andExpect(status().isCreated());

		long clearCopies = jdbc.sql("select count(*) from api_token where token_hash = :s or name = :s")
				.param("s", secret).query(Long.class).single();
		assertThat(clearCopies).isZero();
	}

	@Test
	void aReadOnlyTokenCannotChangeData() throws Exception {
		String secret = createToken(SALES, "\"read\"").get("secret").asString();
		mvc.perform(get("/api/v1/parties").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/parties").header("Authorization", "Bearer " + secret)
				.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PERSON\",\"givenName\":\"No\"}"))
				.andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void aRevokedTokenIsRefused() throws Exception {
		var created = createToken(SALES, "\"read\"");
		String secret = created.get("secret").asString();
		String id = created.get("token").get("id").asString();
		mvc.perform(delete("/api/v1/me/tokens/" + id).with(users.as(SALES)).with(csrf()))
				.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/parties").header("Authorization", "Bearer " + secret))
				.andExpect(status().isUnauthorized());
	}

	@Test
	void nobodyRevokesSomeoneElsesToken() throws Exception {
		String id = createToken(SALES, "\"read\"").get("token").get("id").asString();
		mvc.perform(delete("/api/v1/me/tokens/" + id).with(users.as(ANNE_MARIE)).with(csrf()))
				.andExpect(status().isNotFound());
	}

	@Test
	void aCustomersTokenStillCannotReadParties() throws Exception {
		String secret = createToken(ANNE_MARIE, "\"read\"").get("secret").asString();
		mvc.perform(get("/api/v1/parties").header("Authorization", "Bearer " + secret))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk())
				.andExpect(jsonPath("$.email").value(ANNE_MARIE));
	}

	@Test
	void badTokenRequestsAnswerFieldErrors() throws Exception {
		mvc.perform(post("/api/v1/me/tokens").with(users.as(SALES)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"scopes\":[\"root\"]}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.length()").value(2));
	}
}
