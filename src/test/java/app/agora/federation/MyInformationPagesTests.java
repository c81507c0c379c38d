package app.agora.federation;

import static app.agora.support.DemoUsers.AGENT;
import static app.agora.support.DemoUsers.ANNE_MARIE;
import static app.agora.support.DemoUsers.DARA;
import static app.agora.support.DemoUsers.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.outreach.Delivery;
import app.agora.outreach.Outreach;
import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@AgoraTest
class MyInformationPagesTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	CorrectionRequests corrections;
	@Autowired
	Outreach outreach;

	@Test
	void anneMarieReadsHerInformationInPlainWords() throws Exception {
		mvc.perform(get("/me/information").with(users.as(ANNE_MARIE))).andExpect(status().isOk())
				.andExpect(content().string(containsString("What you have")))
				.andExpect(content().string(containsString("Annual multi-trip travel insurance, since 1 March 2025")))
				.andExpect(content()
						.string(containsString("You accepted \u201cDolomites family treks: summer dates\u201d")))
				.andExpect(content().string(containsString("You declined \u201cGR20 in Corsica, 15 days\u201d")))
				.andExpect(content()
						.string(containsString("You did not answer \u201cSnowshoe weekend in the Aravis\u201d")))
				.andExpect(content().string(containsString("From our billing system, as of 2 May 2023.")))
				.andExpect(
						content().string(containsString("Tour du Mont Blanc, family of four, 7 days: \u20ac4,380.00")))
				.andExpect(content().string(containsString("Your memberships")))
				.andExpect(content().string(not(containsString("could not be reached"))));
	}

	@Test
	void datesAndAmountsFollowTheReadersLanguage() throws Exception {
		mvc.perform(get("/me/information").param("lang", "fr").with(users.as(ANNE_MARIE))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Mes informations")))
				.andExpect(
						content().string(containsString("Annual multi-trip travel insurance, depuis le 1 mars 2025")))
				.andExpect(content().string(containsString("Selon notre syst\u00e8me de facturation, au 2 mai 2023.")))
				.andExpect(content().string(containsString("4\u202f380,00\u00a0\u20ac")));
	}

	@Test
	void aMemberSeesOnlyTheirOwnInformation() throws Exception {
		mvc.perform(get("/me/information").with(users.as(DARA))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Tour du Mont Blanc"))))
				.andExpect(content().string(not(containsString("Dolomites family treks"))));
	}

	@Test
	void anEmptyOrTooLongMessageIsRefusedBesideTheFieldAndNothingIsStored() throws Exception {
		UUID anneMarie = party(ANNE_MARIE);
		int before = corrections.of(anneMarie).size();
		mvc.perform(report("K-302", "  ", "")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Please say what is wrong.")))
				.andExpect(content().string(containsString("class=\"field-error\"")));
		mvc.perform(report("K-302", "x".repeat(2001), "")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Please keep it under 2,000 characters.")));
		assertThat(corrections.of(anneMarie)).hasSize(before);
	}

	@Test
	void aFactThatIsNotTheCustomersCannotBeReported() throws Exception {
		UUID anneMarie = party(ANNE_MARIE);
		int before = corrections.of(anneMarie).size();
		// F-2024-0201 is Dara's invoice.
		mvc.perform(post("/me/information/corrections").with(users.as(ANNE_MARIE)).param("source", "billing")
				.param("facet", "transactions").param("recordKey", "F-2024-0201").param("message", "Not mine"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("We could not find this fact in your information")));
		assertThat(corrections.of(anneMarie)).hasSize(before);
	}

	@Test
	void aReportGoesToTheSourcesStewardsAndTheCustomerFollowsItsStatus() throws Exception {
		UUID anneMarie = party(ANNE_MARIE);
		mvc.perform(report("K-302", "My insurance ended last month", "ended 31 October 2025"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/me/information?reported#corrections"));
		var filed = corrections.of(anneMarie).stream().filter(c -> c.message().equals("My insurance ended last month"))
				.findFirst().orElseThrow();
		assertThat(filed.status()).isEqualTo(CorrectionStatus.OPEN);
		assertThat(filed.source()).isEqualTo("billing");
		assertThat(filed.facet()).isEqualTo("products-held");
		assertThat(filed.fact()).containsEntry("recordKey", "K-302");
		assertThat(filed.suggestedValue()).isEqualTo("ended 31 October 2025");

		// Billing's steward is the agent; sales look after the shop only.
		assertThat(subjectsTo(AGENT)).contains("Correction request about Billing (products-held)");
		assertThat(subjectsTo(SALES)).doesNotContain("Correction request about Billing (products-held)");

		mvc.perform(get("/me/information").with(users.as(ANNE_MARIE))).andExpect(status().isOk())
				.andExpect(content().string(containsString("My insurance ended last month")))
				.andExpect(content().string(containsString("(should be: ended 31 October 2025)")));

		mvc.perform(
				post("/corrections/" + filed.id()).with(users.as(AGENT)).param("status", "DECLINED").param("reply", ""))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Say why when you decline")));
		assertThat(corrections.find(filed.id()).orElseThrow().status()).isEqualTo(CorrectionStatus.OPEN);

		mvc.perform(get("/corrections/" + filed.id()).with(users.as(AGENT))).andExpect(status().isOk())
				.andExpect(content().string(containsString("My insurance ended last month")))
				.andExpect(content().string(containsString("Annual multi-trip travel insurance")));
		mvc.perform(get("/api/v1/me/view/access-log").with(users.as(ANNE_MARIE)))
				.andExpect(jsonPath("$[0].viewer").value("Sam Service"))
				.andExpect(jsonPath("$[0].channel").value("page /corrections/{id}"));
		mvc.perform(post("/corrections/" + filed.id()).with(users.as(AGENT)).param("status", "CORRECTED").param("reply",
				"Thank you, we ended the contract on 31 October.")).andExpect(status().is3xxRedirection());
		assertThat(subjectsTo(ANNE_MARIE)).contains("Your correction request: corrected");
		mvc.perform(get("/me/information").with(users.as(ANNE_MARIE))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Corrected")))
				.andExpect(content().string(containsString("Thank you, we ended the contract on 31 October.")));
	}

	@Test
	void theCustomerSeesWhichStaffLooked() throws Exception {
		mvc.perform(get("/parties/" + party(ANNE_MARIE) + "/view").with(users.as(AGENT))).andExpect(status().isOk());
		mvc.perform(get("/me/information").with(users.as(ANNE_MARIE))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Who looked at your information")))
				.andExpect(content().string(containsString("Sam Service")))
				.andExpect(content().string(containsString("<td class=\"who\">You</td>")));
	}

	@Test
	void membersAreKeptOutOfTheStaffPages() throws Exception {
		mvc.perform(get("/corrections").with(users.as(ANNE_MARIE))).andExpect(status().isForbidden());
		mvc.perform(get("/parties/" + party(DARA) + "/view").with(users.as(ANNE_MARIE)))
				.andExpect(status().isForbidden());
		mvc.perform(get("/corrections/" + UUID.randomUUID()).with(users.as(AGENT))).andExpect(status().isNotFound());
	}

	@Test
	void theQueueShowsTheStewardsSourcesFirst() throws Exception {
		mvc.perform(report("K-301", "The membership was renewed", "")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/corrections").param("source", "billing").with(users.as(AGENT))).andExpect(status().isOk())
				.andExpect(content().string(containsString("For your sources")))
				.andExpect(content().string(containsString("The membership was renewed")));
		mvc.perform(get("/corrections").param("status", "DECLINED").param("source", "billing").with(users.as(AGENT)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("The membership was renewed"))));
	}

	private org.springframework.test.web.servlet.RequestBuilder report(String recordKey, String message,
			String suggested) {
		return post("/me/information/corrections").with(users.as(ANNE_MARIE)).param("source", "billing")
				.param("facet", recordKey.equals("K-301") ? "entitlements" : "products-held")
				.param("recordKey", recordKey).param("message", message).param("suggestedValue", suggested);
	}

	private java.util.List<String> subjectsTo(String email) {
		return outreach.deliveries(party(email), 0, 100).deliveries().stream()
				.filter(d -> d.outcome() == Delivery.Outcome.SENT).map(Delivery::subject).toList();
	}

	private UUID party(String email) {
		return users.get(email).partyId().orElseThrow();
	}
}
