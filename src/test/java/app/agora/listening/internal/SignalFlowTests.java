package app.agora.listening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.listening.SignalScope;
import app.agora.outreach.Channel;
import app.agora.outreach.Outreach;
import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole loop: customers post the same complaint in different words → items
 * → one theme → a signal for product leads (in the app) → a decision → every
 * customer who spoke is told, and the decision is on "You said, we did". A
 * signal is not raised twice while open, nor during its cooldown.
 */
@AgoraTest
class SignalFlowTests {

	private static final List<String> VOICES = List.of(DemoUsers.DARA, DemoUsers.ANNE_MARIE, DemoUsers.PROSPECT,
			"tomas.herrera@example.com");
	private static final List<String> SAYINGS = List.of(
			"The night train to Chamonix was cancelled and nobody from Cordée warned us.",
			"Our sleeper train to Chamonix got cancelled, and we were never told by Cordée.",
			"Cordée did not tell us the overnight train to Chamonix had been cancelled.",
			"Nobody warned us that the Chamonix night train was cancelled, we found out at the station.");

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TaggingWorker worker;
	@Autowired
	SignalDetector detector;
	@Autowired
	Outreach outreach;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	app.agora.listening.Feedback feedback;

	@Test
	void customersSayOneThingAProductLeadIsToldDecidesAndTheyAreToldBack() throws Exception {
		setThemeRule("{\"minCustomers\":3}");
		try {
			for (int i = 0; i < VOICES.size(); i++) {
				mvc.perform(post("/api/v1/community/spaces/dolomites-alps-treks/threads").with(users.as(VOICES.get(i)))
						.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"DISCUSSION\",\"title\":\"Train "
								+ i + "\",\"text\":\"" + SAYINGS.get(i) + "\"}"))
						.andExpect(status().isCreated());
			}
			await().atMost(Duration.ofSeconds(10))
					.until(() -> jdbc.sql("select count(*) from listening_feedback where text like '%train%cancel%'")
							.query(Long.class).single() == 4);
			tagAll();
			List<Long> themes = jdbc
					.sql("select distinct theme_id from listening_feedback where text like '%train%cancel%'")
					.query(Long.class).list();
			assertThat(themes).hasSize(1);
			String theme = String.valueOf(themes.getFirst());

			// raised once, with its evidence, and the product lead is told in the app
			await().atMost(Duration.ofSeconds(10)).until(() -> signalOf(theme) != null);
			long signal = signalOf(theme);
			mvc.perform(get("/api/v1/feedback/signals/" + signal).with(users.as(DemoUsers.AGENT)))
					.andExpect(status().isOk()).andExpect(jsonPath("$.signal.status").value("NEW"))
					.andExpect(jsonPath("$.signal.customers").value(4))
					.andExpect(jsonPath("$.signal.sentiment").value("NEGATIVE"))
					.andExpect(jsonPath("$.evidence.length()").value(4));
			UUID lead = users.get(DemoUsers.PRODUCT).partyId().orElseThrow();
			await().atMost(Duration.ofSeconds(10)).until(() -> told(lead, "Signal: 4 customers"));
			assertThat(inTransaction(() -> detector.consider(SignalScope.THEME, theme, "again", null, Instant.now())))
					.isEmpty();

			// a decision needs a note, and only leads decide
			String planned = "{\"status\":\"PLANNED\",\"note\":\"From December we text you when a train is cancelled.\","
					+ "\"publish\":true}";
			mvc.perform(put("/api/v1/feedback/signals/" + signal + "/status").with(users.as(DemoUsers.AGENT))
					.contentType(MediaType.APPLICATION_JSON).content(planned)).andExpect(status().isForbidden());
			mvc.perform(put("/api/v1/feedback/signals/" + signal + "/status").with(users.as(DemoUsers.PRODUCT))
					.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"PLANNED\"}"))
					.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("note"));
			mvc.perform(put("/api/v1/feedback/signals/" + signal + "/status").with(users.as(DemoUsers.PRODUCT))
					.contentType(MediaType.APPLICATION_JSON).content(planned)).andExpect(status().isOk())
					.andExpect(jsonPath("$.status").value("PLANNED")).andExpect(jsonPath("$.published").value(true))
					.andExpect(jsonPath("$.ownerName").value("Paul Product"));

			// every customer who spoke is told, through outreach
			for (String voice : VOICES) {
				UUID party = users.get(voice).partyId().orElseThrow();
				await().atMost(Duration.ofSeconds(10)).until(() -> told(party, "You told us about"));
			}
			mvc.perform(get("/you-said-we-did")).andExpect(status().isOk()).andExpect(
					content().string(containsString("From December we text you when a train is cancelled.")));

			// done closes it: no new signal on the theme during the cooldown
			mvc.perform(put("/api/v1/feedback/signals/" + signal + "/status").with(users.as(DemoUsers.PRODUCT))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"status\":\"DONE\",\"note\":\"Texts go out since 1 December.\"}"))
					.andExpect(status().isOk()).andExpect(jsonPath("$.closedAt").isString());
			assertThat(inTransaction(() -> detector.consider(SignalScope.THEME, theme, "again", null, Instant.now())))
					.isEmpty();
			mvc.perform(put("/api/v1/feedback/signals/" + signal + "/status").with(users.as(DemoUsers.PRODUCT))
					.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACKNOWLEDGED\"}"))
					.andExpect(status().isConflict());
		} finally {
			setThemeRule("{\"minCustomers\":5}");
		}
	}

	@Test
	void twoNodesEvaluatingAtOnceRaiseOneSignal() throws Exception {
		setThemeRule("{\"enabled\":false,\"minCustomers\":3}");
		String theme;
		try {
			List<String> texts = List.of("My card payment was declined at the hut in Zermatt.",
					"The card was refused when I paid the Zermatt hut.",
					"Payment by card failed at the Zermatt refuge, declined twice.");
			for (int i = 0; i < texts.size(); i++) {
				feedback.log(new app.agora.listening.FeedbackDraft(texts.get(i), null, "Walker " + i, "race", null),
						users.get(DemoUsers.AGENT));
			}
			tagAll();
			List<Long> themes = jdbc.sql("select distinct theme_id from listening_feedback where channel = 'race'")
					.query(Long.class).list();
			assertThat(themes).hasSize(1);
			theme = String.valueOf(themes.getFirst());
			setThemeRule("{\"enabled\":true,\"minCustomers\":3}");
			var start = new java.util.concurrent.CountDownLatch(1);
			var raised = new java.util.concurrent.atomic.AtomicInteger();
			List<Thread> nodes = new java.util.ArrayList<>();
			for (int node = 0; node < 2; node++) {
				nodes.add(Thread.ofPlatform().start(() -> {
					try {
						start.await();
						if (inTransaction(
								() -> detector.consider(SignalScope.THEME, theme, "race", null, Instant.now()))
								.isPresent()) {
							raised.incrementAndGet();
						}
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}));
			}
			start.countDown();
			for (Thread node : nodes) {
				node.join();
			}
			assertThat(raised.get()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from listening_signal where scope = 'THEME' and scope_key = :key")
					.param("key", theme).query(Long.class).single()).isEqualTo(1);
		} finally {
			setThemeRule("{\"enabled\":true,\"minCustomers\":5}");
		}
	}

	@Test
	void impossibleRuleValuesAreRefusedNamingTheField() throws Exception {
		for (String[] bad : new String[][]{{"{\"minCustomers\":1}", "minCustomers"},
				{"{\"minCoherence\":2}", "minCoherence"}, {"{\"windowDays\":0}", "windowDays"},
				{"{\"minAgreement\":-0.1}", "minAgreement"}, {"{\"cooldownDays\":9999}", "cooldownDays"}}) {
			mvc.perform(put("/api/v1/feedback/rules/THEME").with(users.as(DemoUsers.PRODUCT))
					.contentType(MediaType.APPLICATION_JSON).content(bad[0])).andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.field").value(bad[1]));
		}
		mvc.perform(put("/api/v1/feedback/rules/NOTHING").with(users.as(DemoUsers.PRODUCT))
				.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/feedback/rules/THEME").with(users.as(DemoUsers.SALES))
				.contentType(MediaType.APPLICATION_JSON).content("{\"minCustomers\":9}"))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/feedback/rules").with(users.as(DemoUsers.SALES))).andExpect(status().isOk())
				.andExpect(jsonPath("$[0].scope").value("THEME")).andExpect(jsonPath("$[0].minCustomers").value(5));
		mvc.perform(get("/api/v1/feedback/signals").param("status", "SOMEDAY").with(users.as(DemoUsers.SALES)))
				.andExpect(status().isBadRequest());
	}

	private void setThemeRule(String body) throws Exception {
		mvc.perform(put("/api/v1/feedback/rules/THEME").with(users.as(DemoUsers.PRODUCT))
				.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
	}

	private void tagAll() {
		TagEverything.now(jdbc, worker);
	}

	private Long signalOf(String theme) {
		return jdbc.sql("select id from listening_signal where scope = 'THEME' and scope_key = :key")
				.param("key", theme).query(Long.class).optional().orElse(null);
	}

	private boolean told(UUID party, String subject) {
		return outreach.deliveries(party, 0, 200).deliveries().stream()
				.anyMatch(d -> d.channel() == Channel.IN_APP && d.subject().startsWith(subject));
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return new TransactionTemplate(transactions).execute(tx -> work.get());
	}
}
