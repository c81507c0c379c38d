package app.agora.parties;

import static app.agora.support.DemoUsers.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@AgoraTest
class PartyPagesTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	Parties parties;
	@Autowired
	Lifecycle lifecycle;

	@Test
	void searchListsMatchingPartiesWithPaging() throws Exception {
		mvc.perform(get("/parties").param("q", "okafor").with(users.as(SALES))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Dara Okafor")))
				.andExpect(content().string(not(containsString("Anne-Marie Leclerc"))));
		mvc.perform(get("/parties").param("role", "COMPETITOR").with(users.as(SALES)))
				.andExpect(content().string(containsString("Summit Trails")))
				.andExpect(content().string(containsString("Page 1 of 1")));
	}

	@Test
	void badValuesAreShownBesideTheirFieldsAndNothingIsSaved() throws Exception {
		long before = parties.search(PartyQuery.all(), 0, 1).total();
		mvc.perform(post("/parties").with(users.as(SALES)).with(csrf()).param("kind", "PERSON").param("email", "nope")
				.param("country", "FRANCE").param("version", "0")).andExpect(status().isOk())
				.andExpect(content().string(containsString("class=\"field-error\">must be a well-formed email")))
				.andExpect(content().string(containsString("Use the two-letter country code")))
				.andExpect(content().string(containsString("A person needs a given or family name")));
		mvc.perform(post("/parties").with(users.as(SALES)).with(csrf()).param("kind", "MARTIAN").param("version", "x"))
				.andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));
		assertThat(parties.search(PartyQuery.all(), 0, 1).total()).isEqualTo(before);
	}

	@Test
	void frenchPagesSpeakFrench() throws Exception {
		mvc.perform(post("/parties").with(users.as(SALES)).with(csrf()).param("kind", "PERSON").param("version", "0")
				.header("Accept-Language", "fr-FR")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Une personne a besoin d’un prénom")));
		mvc.perform(get("/parties").param("lang", "fr").with(users.as(SALES)))
				.andExpect(content().string(containsString("Nouveau contact")));
	}

	@Test
	void createThenMarkLostFromThePartyPage() throws Exception {
		String location = mvc
				.perform(post("/parties").with(users.as(SALES)).with(csrf()).param("kind", "PERSON")
						.param("givenName", "Page").param("familyName", "Prospect").param("stage", "PROSPECT")
						.param("version", "0"))
				.andExpect(redirectedUrlPattern("/parties/*?created")).andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/parties/".length(), location.indexOf('?')));

		mvc.perform(post("/parties/" + id + "/lost").with(users.as(SALES)).with(csrf()).param("reason", "")).andExpect(
				flash().attribute("fieldErrors", java.util.Map.of("lostReason", "parties.lost.reasonRequired")));
		// The message is shown beside the field on the page the browser is sent back
		// to.
		mvc.perform(get("/parties/" + id).with(users.as(SALES)).flashAttr("fieldErrors",
				java.util.Map.of("lostReason", "parties.lost.reasonRequired")))
				.andExpect(content().string(containsString("Say why the deal was lost")));
		mvc.perform(post("/parties/" + id + "/lost").with(users.as(SALES)).with(csrf()).param("reason",
				"Went with a cheaper outfitter")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/parties/" + id).with(users.as(SALES))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Lost — in touch")))
				.andExpect(content().string(containsString("Went with a cheaper outfitter")));
		assertThat(lifecycle.history(id)).first().extracting(StageChange::stage)
				.isEqualTo(LifecycleStage.LOST_IN_TOUCH);
	}

	@Test
	void userTextIsEscapedOnThePage() throws Exception {
		var party = parties.create(PartyDraft.person("<b>Bold</b>", "Name", null, null, null, null),
				LifecycleStage.LEAD, "t");
		mvc.perform(post("/parties/" + party.id() + "/notes").with(users.as(SALES)).with(csrf()).param("text",
				"<script>alert('x')</script>")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/parties/" + party.id()).with(users.as(SALES)))
				.andExpect(content().string(not(containsString("<script>alert"))))
				.andExpect(content().string(containsString("&lt;script&gt;alert")))
				.andExpect(content().string(not(containsString("<b>Bold</b>"))));
	}

	@Test
	void anUnknownPartyPageIsNotFound() throws Exception {
		mvc.perform(get("/parties/" + UUID.randomUUID()).with(users.as(SALES))).andExpect(status().isNotFound());
		mvc.perform(get("/parties/not-an-id").with(users.as(SALES))).andExpect(status().is4xxClientError());
	}
}
