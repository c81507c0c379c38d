package app.agora.federation;

import static app.agora.support.DemoUsers.ANNE_MARIE;
import static app.agora.support.DemoUsers.SALES;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A sources file with a source on a dead loopback port: both pages still
 * answer, and say which source is missing.
 */
@AgoraTest
@TestPropertySource(properties = "agora.federation.sources=classpath:federation/partial-sources.yaml")
class PartialViewPagesTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;

	@Test
	void theStaffPageWarnsThatTheViewIsPartial() throws Exception {
		UUID anneMarie = users.get(ANNE_MARIE).partyId().orElseThrow();
		mvc.perform(get("/parties/" + anneMarie + "/view").with(users.as(SALES))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"partial-warning\"")))
				.andExpect(content().string(containsString("Partial view: Loyalty club did not answer")))
				.andExpect(content().string(containsString(">error<")))
				// A facet no page knows is shown from its fields alone.
				.andExpect(content().string(containsString("id=\"facet-household\"")))
				.andExpect(content().string(containsString(">members<")));
	}

	@Test
	void theCustomerIsToldWhatCouldNotBeReached() throws Exception {
		mvc.perform(get("/me/information").with(users.as(ANNE_MARIE))).andExpect(status().isOk())
				.andExpect(content().string(
						containsString("Some of your information could not be reached right now: Loyalty club.")))
				.andExpect(content().string(containsString("Household")))
				.andExpect(content().string(containsString("Members")));
	}
}
