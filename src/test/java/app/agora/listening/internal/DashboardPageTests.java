package app.agora.listening.internal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.listening.Feedback;
import app.agora.listening.FeedbackDraft;
import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard and the listening pages answer staff, and bad input beside its
 * field.
 */
@AgoraTest
class DashboardPageTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	Feedback feedback;
	@Autowired
	TaggingWorker worker;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theDashboardDrawsTaggedFeedbackAndEveryPointLeadsToTheInbox() throws Exception {
		feedback.log(new FeedbackDraft("Summit Trails answered faster than your support, honestly.", null, "Ines",
				"phone", null), users.get(DemoUsers.AGENT));
		TagEverything.now(jdbc, worker);
		mvc.perform(get("/listening/dashboard").with(users.as(DemoUsers.PRODUCT))).andExpect(status().isOk())
				.andExpect(content().string(containsString("<svg")))
				.andExpect(content().string(containsString("href=\"/listening?theme=")))
				.andExpect(content().string(containsString("Summit Trails")));
		mvc.perform(get("/listening/dashboard").param("weeks", "lots").with(users.as(DemoUsers.PRODUCT)))
				.andExpect(status().isOk());
		mvc.perform(get("/listening/dashboard").with(users.as(DemoUsers.DARA))).andExpect(status().isForbidden());
	}

	@Test
	void formsAnswerBadInputBesideTheField() throws Exception {
		mvc.perform(post("/listening/new").with(users.as(DemoUsers.AGENT)).param("text", "").param("saidOn", "someday"))
				.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"saidOn-error\"")));
		mvc.perform(post("/listening/new").with(users.as(DemoUsers.AGENT)).param("text", "   "))
				.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"text-error\"")));
		mvc.perform(post("/listening/rules/THEME").with(users.as(DemoUsers.PRODUCT)).param("windowDays", "0")
				.param("minCustomers", "5").param("minCoherence", "0.4").param("minAgreement", "0.6")
				.param("minRise", "1.5").param("baselineWindows", "4").param("cooldownDays", "30"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/listening/rules").with(users.as(DemoUsers.PRODUCT))
				.flashAttr("error", "The window is between 1 and 365 days.").flashAttr("errorScope", "THEME"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("The window is between 1 and 365 days.")));
		mvc.perform(get("/listening/signals").param("status", "SOON").with(users.as(DemoUsers.AGENT)))
				.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"status-error\"")));
		mvc.perform(get("/you-said-we-did")).andExpect(status().isOk());
		mvc.perform(get("/listening/themes/987654").with(users.as(DemoUsers.AGENT))).andExpect(status().isNotFound());
	}
}
