package app.agora.federation;

import static app.agora.support.DemoUsers.ANNE_MARIE;
import static app.agora.support.DemoUsers.SALES;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@AgoraTest
class CustomerInformationPageTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;

	@Test
	void staffSeeEveryFactWithItsSourceRecordAndDate() throws Exception {
		UUID anneMarie = users.get(ANNE_MARIE).partyId().orElseThrow();
		mvc.perform(get("/parties/" + anneMarie + "/view").with(users.as(SALES))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Customer information: Anne-Marie")))
				.andExpect(content().string(containsString("id=\"source-statuses\"")))
				.andExpect(content().string(containsString("data-source=\"billing\"")))
				.andExpect(content().string(containsString("data-source=\"shop\"")))
				.andExpect(content().string(containsString("<code>K-302</code>")))
				.andExpect(content().string(containsString("Annual multi-trip travel insurance")))
				.andExpect(content().string(containsString("<code>F-2023-0412</code>")))
				.andExpect(content().string(containsString("id=\"facet-offers-received\"")))
				.andExpect(content().string(containsString("/parties/" + anneMarie + "/records")))
				.andExpect(content().string(not(containsString("id=\"partial-warning\""))));
	}

	@Test
	void thePartyPageLinksToIt() throws Exception {
		UUID anneMarie = users.get(ANNE_MARIE).partyId().orElseThrow();
		mvc.perform(get("/parties/" + anneMarie).with(users.as(SALES))).andExpect(status().isOk())
				.andExpect(content().string(containsString("/parties/" + anneMarie + "/view")));
	}

	@Test
	void anUnknownPartyIsNotFound() throws Exception {
		mvc.perform(get("/parties/" + UUID.randomUUID() + "/view").with(users.as(SALES)))
				.andExpect(status().isNotFound());
	}
}
