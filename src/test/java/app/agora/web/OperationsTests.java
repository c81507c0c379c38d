package app.agora.web;

import static app.agora.support.DemoUsers.ADMIN;
import static app.agora.support.DemoUsers.SALES;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@AgoraTest
class OperationsTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;

	@Test
	void healthIsUpWithTheDatabase() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
				.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	@Test
	void metricsAreExposedForPrometheusToAdmins() throws Exception {
		mvc.perform(get("/actuator/prometheus").with(users.as(ADMIN))).andExpect(status().isOk())
				.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/prometheus").with(users.as(SALES))).andExpect(status().isForbidden());
	}

	@Test
	void theApiIsDescribedByOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
				.andExpect(jsonPath("$.paths['/api/v1/parties']").exists())
				.andExpect(jsonPath("$.paths['/api/v1/parties/{id}/timeline']").exists())
				.andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void theLandingPageIsPublic() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("Agora")));
	}
}
