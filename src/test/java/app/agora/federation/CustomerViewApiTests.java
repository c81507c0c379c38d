package app.agora.federation;

import static app.agora.support.DemoUsers.ADMIN;
import static app.agora.support.DemoUsers.ANNE_MARIE;
import static app.agora.support.DemoUsers.DARA;
import static app.agora.support.DemoUsers.PROSPECT;
import static app.agora.support.DemoUsers.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@AgoraTest
class CustomerViewApiTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	SourceLinks links;
	@Autowired
	LinkDecisions decisions;

	@Test
	void anneMarieSeesTheDemoSourcesInHerView() throws Exception {
		mvc.perform(get("/api/v1/me/view").with(users.as(ANNE_MARIE))).andExpect(status().isOk())
				.andExpect(jsonPath("$.partial").value(false))
				.andExpect(jsonPath("$.sources[*].source").value(hasItems("agora", "billing", "support", "shop")))
				.andExpect(jsonPath("$.sources[*].status").value(everyItem(org.hamcrest.Matchers.is("OK"))))
				.andExpect(jsonPath("$.facets.transactions[*].source").value(hasItems("billing", "shop")))
				.andExpect(jsonPath("$.facets.transactions[*].recordKey").value(hasItems("F-2023-0412", "O-6488")))
				.andExpect(jsonPath("$.facets.interactions[*].recordKey").value(hasItem("T-9002")))
				.andExpect(jsonPath("$.facets.offers-received[*].fields.response")
						.value(hasItems("accepted", "declined", "ignored")))
				.andExpect(jsonPath("$.facets.entitlements[0].source").value("billing"))
				.andExpect(jsonPath("$.facets.preferences[0].fields.language").value("fr"))
				.andExpect(jsonPath("$.facets.contact-points[0].fields.phone").value("06.12.34.56.78"));
		UUID anneMarie = users.get(ANNE_MARIE).partyId().orElseThrow();
		// Billing knows her by phone only (the family email is shared); the rule linked
		// her customer number.
		assertThat(links.of(anneMarie)).anySatisfy(link -> {
			assertThat(link.sourceId()).isEqualTo("billing");
			assertThat(link.recordKey()).isEqualTo("C-10017");
			assertThat(link.method()).isEqualTo(LinkMethod.RULE);
		});
		// ... and the decision log says so, with what made the link and why.
		assertThat(decisions.ofParty(anneMarie, 100)).anySatisfy(decision -> {
			assertThat(decision.action()).isEqualTo("LINKED");
			assertThat(decision.record()).isEqualTo(new RecordRef("billing", "C-10017"));
			assertThat(decision.madeByKind()).isEqualTo("RULE");
		});
	}

	@Test
	void aMemberSeesOnlyTheirOwnFacts() throws Exception {
		mvc.perform(get("/api/v1/me/view").with(users.as(DARA))).andExpect(status().isOk())
				.andExpect(jsonPath("$.facets.transactions[*].recordKey").value(hasItem("F-2024-0201")))
				.andExpect(jsonPath("$.facets.transactions[*].recordKey").value(not(hasItem("F-2023-0412"))))
				.andExpect(jsonPath("$.facets.interactions[*].recordKey").value(hasItem("T-9010")))
				.andExpect(jsonPath("$.facets.interactions[*].recordKey").value(not(hasItem("T-9001"))));
	}

	@Test
	void staffSeeAnyCustomerButMembersAreForbidden() throws Exception {
		UUID dara = users.get(DARA).partyId().orElseThrow();
		mvc.perform(get("/api/v1/customers/" + dara + "/view").with(users.as(SALES))).andExpect(status().isOk())
				.andExpect(jsonPath("$.partyId").value(dara.toString()));
		mvc.perform(get("/api/v1/customers/" + dara + "/view").with(users.as(ANNE_MARIE)))
				.andExpect(status().isForbidden());
	}

	@Test
	void adminPageListsSourcesWithTheirConnectorAndLastAnswer() throws Exception {
		mvc.perform(get("/api/v1/me/view").with(users.as(ANNE_MARIE))).andExpect(status().isOk());
		mvc.perform(get("/admin/sources").with(users.as(ADMIN))).andExpect(status().isOk())
				.andExpect(content().string(containsString("billing")))
				.andExpect(content().string(containsString("http-json")))
				.andExpect(content().string(containsString("CLOSED")));
		mvc.perform(get("/admin/sources").with(users.as(SALES))).andExpect(status().isForbidden());
	}

	@Test
	void unknownCustomerIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/customers/" + UUID.randomUUID() + "/view").with(users.as(SALES)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/customers/not-an-id/view").with(users.as(SALES))).andExpect(status().isNotFound());
	}

	@Test
	void theCustomerSeesWhoLookedAtTheirView() throws Exception {
		UUID anneMarie = users.get(ANNE_MARIE).partyId().orElseThrow();
		mvc.perform(get("/api/v1/customers/" + anneMarie + "/view").with(users.as(SALES))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me/view/access-log").with(users.as(ANNE_MARIE))).andExpect(status().isOk())
				.andExpect(jsonPath("$[0].viewer").value("Sofia Sales")).andExpect(jsonPath("$[0].staff").value(true))
				.andExpect(jsonPath("$[0].channel").value("GET /api/v1/customers/{id}/view"));
		mvc.perform(get("/api/v1/me/view/access-log").with(users.as(PROSPECT))).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].viewer").value(not(hasItem("Sofia Sales"))));
	}
}
