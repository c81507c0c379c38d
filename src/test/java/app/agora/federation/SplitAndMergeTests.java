package app.agora.federation;

import static app.agora.support.DemoUsers.AGENT;
import static app.agora.support.DemoUsers.ANNE_MARIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.access.AccountRole;
import app.agora.access.Accounts;
import app.agora.access.NewAccount;
import app.agora.outreach.Channel;
import app.agora.outreach.ContactPreferences;
import app.agora.outreach.Purpose;
import app.agora.parties.LifecycleStage;
import app.agora.parties.Parties;
import app.agora.parties.PartyDraft;
import app.agora.parties.PartyQuery;
import app.agora.parties.PartyRole;
import app.agora.parties.RelationshipKind;
import app.agora.parties.Relationships;
import app.agora.parties.Timeline;
import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@AgoraTest
class SplitAndMergeTests {

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
	Relationships relationships;
	@Autowired
	Timeline timeline;
	@Autowired
	Accounts accounts;
	@Autowired
	ContactPreferences preferences;
	@Autowired
	JdbcClient jdbc;

	@Test
	void splittingKeepsThePartyIdAndTheViewNoLongerShowsThatRecord() throws Exception {
		UUID keiko = parties.search(new PartyQuery("keiko.sato@example.jp", null, null, null), 0, 5).parties()
				.getFirst().id();
		mvc.perform(get("/api/v1/customers/" + keiko + "/view").with(users.as(AGENT))).andExpect(status().isOk())
				.andExpect(jsonPath("$.facets.transactions[*].recordKey").value(hasItem("F-2025-0044")));
		assertThat(links.keysOf(keiko).get("billing")).contains("C-10071");

		mvc.perform(post("/api/v1/customers/" + keiko + "/links/billing/C-10071/split").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/customers/" + keiko + "/links/billing/C-10071/split").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Another Keiko Sato in Osaka\"}"))
				.andExpect(status().isNoContent());

		// Found again by the same email, the record is neither linked back by rule nor
		// shown.
		mvc.perform(get("/api/v1/customers/" + keiko + "/view").with(users.as(AGENT))).andExpect(status().isOk())
				.andExpect(jsonPath("$.partyId").value(keiko.toString()))
				.andExpect(jsonPath("$.facets.transactions[*].recordKey").value(not(hasItem("F-2025-0044"))));
		assertThat(links.keysOf(keiko).getOrDefault("billing", java.util.Set.of())).doesNotContain("C-10071");
		assertThat(links.partyOf("billing", "C-10071")).isEmpty();
		assertThat(neverSame.holds(new RecordRef("billing", "C-10071"), NeverSame.party(keiko))).isTrue();
		assertThat(decisions.ofParty(keiko, 10)).anySatisfy(d -> {
			assertThat(d.action()).isEqualTo("SPLIT");
			assertThat(d.record()).isEqualTo(new RecordRef("billing", "C-10071"));
			assertThat(d.madeBy()).isEqualTo(AGENT);
		});
		mvc.perform(post("/api/v1/customers/" + keiko + "/links/billing/C-10071/split").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"again\"}"))
				.andExpect(status().isNotFound());
	}

	@Test
	void mergingMovesEverythingToTheSurvivorAndTheAbsorbedIdRedirects() throws Exception {
		UUID survivor = parties
				.create(PartyDraft.person("Margot", "Fusion", "margot.fusion@example.org", null, null, "FR"),
						LifecycleStage.CUSTOMER, "test")
				.id();
		UUID absorbed = parties.create(
				PartyDraft.person("Margot", "Fusion", "m.fusion@example.org", "+33 6 11 22 33 44", "Grenoble", "FR"),
				LifecycleStage.LEAD, "test").id();
		UUID anneMarie = users.get(ANNE_MARIE).partyId().orElseThrow();
		parties.grantRole(absorbed, PartyRole.PARTNER, LocalDate.of(2024, 1, 1), "test");
		relationships.relate(absorbed, RelationshipKind.KNOWS, anneMarie, LocalDate.of(2024, 1, 1), null, "test");
		timeline.addNote(absorbed, "Prefers trains to planes", "test");
		accounts.open(new NewAccount("margot.fusion@example.org", "Margot", "a long password 123", AccountRole.MEMBER,
				absorbed));
		preferences.save(absorbed, preferences.of(absorbed).withConsent(Channel.EMAIL, Purpose.MARKETING, true),
				"test");
		links.linkIfNew("shop", "MERGE-W-1", absorbed, LinkMethod.RULE, 1.0, "rule");
		neverSame.mark(new RecordRef("billing", "MERGE-NOT"), NeverSame.party(absorbed), "test", "not her");

		mvc.perform(post("/api/v1/parties/" + survivor + "/merge").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"absorbed\": \"" + absorbed + "\"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/parties/" + survivor + "/merge").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"absorbed\": \"" + survivor + "\", \"reason\": \"self\"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/parties/" + survivor + "/merge").with(users.as(ANNE_MARIE))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"absorbed\": \"" + absorbed + "\", \"reason\": \"x\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/parties/" + survivor + "/merge").with(users.as(AGENT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"absorbed\": \"" + absorbed + "\", \"reason\": \"Registered twice\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.id").value(survivor.toString()))
				.andExpect(jsonPath("$.phone").value("+33 6 11 22 33 44"))
				.andExpect(jsonPath("$.email").value("margot.fusion@example.org"))
				.andExpect(jsonPath("$.city").value("Grenoble"));

		var merged = parties.get(survivor);
		assertThat(merged.holds(PartyRole.PARTNER)).isTrue();
		assertThat(parties.find(absorbed)).isEmpty();
		assertThat(relationships.of(survivor)).anySatisfy(r -> assertThat(r.toId()).isEqualTo(anneMarie));
		assertThat(timeline.of(survivor, 50))
				.anySatisfy(e -> assertThat(e.text()).isEqualTo("Prefers trains to planes"))
				.anySatisfy(e -> assertThat(e.text()).startsWith("Merged with Margot Fusion").contains(AGENT)
						.endsWith("Registered twice"));
		assertThat(jdbc.sql("select party_id from account where email = 'margot.fusion@example.org'").query(UUID.class)
				.single()).isEqualTo(survivor);
		assertThat(preferences.of(survivor).consent(Channel.EMAIL, Purpose.MARKETING)).isTrue();
		assertThat(links.partyOf("shop", "MERGE-W-1")).contains(survivor);
		assertThat(neverSame.holds(new RecordRef("billing", "MERGE-NOT"), NeverSame.party(survivor))).isTrue();
		assertThat(decisions.ofParty(survivor, 10)).anySatisfy(d -> assertThat(d.action()).isEqualTo("MERGED"));
		assertThat(parties.currentId(absorbed)).contains(survivor);

		mvc.perform(get("/api/v1/parties/" + absorbed).with(users.as(AGENT))).andExpect(status().isMovedPermanently())
				.andExpect(header().string("Location", "/api/v1/parties/" + survivor));
		mvc.perform(get("/api/v1/customers/" + absorbed + "/view").with(users.as(AGENT)))
				.andExpect(status().isMovedPermanently())
				.andExpect(header().string("Location", "/api/v1/customers/" + survivor + "/view"));
		mvc.perform(get("/parties/" + absorbed + "/records").with(users.as(AGENT)))
				.andExpect(status().isMovedPermanently())
				.andExpect(header().string("Location", "/parties/" + survivor + "/records"));
		mvc.perform(get("/parties/" + absorbed).with(users.as(AGENT))).andExpect(status().isMovedPermanently())
				.andExpect(header().string("Location", "/parties/" + survivor));
		mvc.perform(get("/parties/" + absorbed).with(users.as(ANNE_MARIE))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/parties/" + UUID.randomUUID()).with(users.as(AGENT))).andExpect(status().isNotFound());

		// The records page refuses a merge without a proper id, beside the form.
		mvc.perform(post("/parties/" + survivor + "/records/merge").with(users.as(AGENT)).param("absorbed", "nope")
				.param("reason", "x"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
						.attribute("fieldErrors", java.util.Map.of("merge", "records.merge.idRequired")));

		// Merged again, the old redirect follows to the newest survivor.
		UUID third = parties
				.create(PartyDraft.person("Margot", "F.", null, null, null, "FR"), LifecycleStage.LEAD, "test").id();
		mvc.perform(post("/parties/" + third + "/records/merge").with(users.as(AGENT))
				.param("absorbed", survivor.toString()).param("reason", "Third record of the same person"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
						.redirectedUrl("/parties/" + third + "/records?saved"));
		mvc.perform(get("/api/v1/parties/" + absorbed).with(users.as(AGENT)))
				.andExpect(header().string("Location", "/api/v1/parties/" + third));
		mvc.perform(get("/parties/" + third).with(users.as(AGENT))).andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(containsString("Prefers trains to planes")));
	}
}
