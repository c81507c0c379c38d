package app.agora.listening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.access.SignedInUser;
import app.agora.listening.Feedback;
import app.agora.listening.FeedbackDraft;
import app.agora.listening.FeedbackItem;
import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Items that say the same thing join one theme; product leads rename, merge,
 * split and move, and other staff may not.
 */
@AgoraTest
class ThemeEditingTests {

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
	@Autowired
	PlatformTransactionManager transactions;

	private FeedbackItem logged(String text) {
		return feedback.log(new FeedbackDraft(text, null, null, "test", null), users.get(DemoUsers.AGENT));
	}

	private FeedbackItem tagged(FeedbackItem item) {
		TagEverything.now(jdbc, worker);
		return feedback.item(item.id(), users.get(DemoUsers.AGENT));
	}

	@Test
	void paraphrasesJoinOneThemeThatLeadsRenameMergeSplitAndMove() throws Exception {
		SignedInUser lead = users.get(DemoUsers.PRODUCT);
		FeedbackItem refund1 = logged("I am still waiting for the refund of my cancelled trek.");
		FeedbackItem refund2 = logged("Where is my refund? The trek was cancelled weeks ago.");
		FeedbackItem food = logged("The food in the mountain huts was delicious, best polenta ever.");
		refund1 = tagged(refund1);
		refund2 = tagged(refund2);
		food = tagged(food);
		assertThat(refund1.themeId()).isEqualTo(refund2.themeId());
		assertThat(food.themeId()).isNotEqualTo(refund1.themeId());
		long refunds = refund1.themeId();
		// other feedback about refunds (the demo's, other tests') may sit in the theme
		// too
		int others = feedback.theme(refunds, lead).size() - 2;

		mvc.perform(put("/api/v1/feedback/themes/" + refunds + "/name").with(users.as(DemoUsers.AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Mine\"}"))
				.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/feedback/themes/" + refunds + "/name").with(users.as(DemoUsers.PRODUCT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"  \"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("name"));
		mvc.perform(put("/api/v1/feedback/themes/" + refunds + "/name").with(users.as(DemoUsers.PRODUCT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Refunds after cancellation\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.namedByStaff").value(true));

		// move the food item into the refunds theme and back
		mvc.perform(put("/api/v1/feedback/" + food.id() + "/theme").with(users.as(DemoUsers.PRODUCT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"themeId\":" + refunds + "}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.themeId").value((int) refunds))
				.andExpect(jsonPath("$.themeName").value("Refunds after cancellation"));
		assertThat(feedback.theme(refunds, lead).size()).isEqualTo(others + 3);

		// split: the food item leaves the refunds again
		String split = mvc
				.perform(post("/api/v1/feedback/themes/" + refunds + "/split").with(users.as(DemoUsers.PRODUCT)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Integer> sizes = JsonPath.read(split, "$[*].size");
		assertThat(sizes).hasSizeGreaterThanOrEqualTo(2);
		assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(others + 3);
		FeedbackItem foodNow = feedback.item(food.id(), lead);
		FeedbackItem refundNow = feedback.item(refund1.id(), lead);
		assertThat(foodNow.themeId()).isNotEqualTo(refundNow.themeId());
		assertThat(refundNow.themeId()).isEqualTo(refunds);

		// merge the food theme back into the refunds: it is gone, its items moved
		long foodTheme = foodNow.themeId();
		mvc.perform(post("/api/v1/feedback/themes/" + refunds + "/merge").with(users.as(DemoUsers.PRODUCT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"from\":" + refunds + "}"))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/feedback/themes/" + refunds + "/merge").with(users.as(DemoUsers.PRODUCT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"from\":" + foodTheme + "}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Refunds after cancellation"));
		mvc.perform(get("/api/v1/feedback/themes/" + foodTheme).with(users.as(DemoUsers.PRODUCT)))
				.andExpect(status().isNotFound());
		assertThat(feedback.item(food.id(), lead).themeId()).isEqualTo(refunds);
	}

	@Test
	void aFailingTaggerLeavesTheItemStoredAndTriedAgain() {
		// the demo's items first, so that the failing batch holds this one
		TagEverything.now(jdbc, worker);
		FeedbackItem item = logged("The guide was late on the first morning.");
		Tagger broken = new Tagger(null, null, null, null) {
			@Override
			List<Tags> read(List<FeedbackStore.Waiting> items) {
				throw new IllegalStateException("model failed to load");
			}
		};
		FeedbackStore store = new FeedbackStore(jdbc);
		TaggingWorker failing = new TaggingWorker(store, broken, null, null, transactions, Duration.ofSeconds(1), 64,
				false);
		jdbc.sql("update listening_feedback set next_attempt_at = :now where state = 'WAITING'")
				.param("now", FeedbackStore.utc(Instant.now())).update();
		failing.tagDue();
		var row = jdbc.sql("select state, attempts, reason, next_attempt_at from listening_feedback where id = :id")
				.param("id", item.id()).query().singleRow();
		assertThat(row.get("state")).isEqualTo("WAITING");
		assertThat(row.get("attempts")).isEqualTo(1);
		assertThat((String) row.get("reason")).contains("Tagging failed");

		// once the model works again, the item is tagged on its next turn
		assertThat(tagged(item).state().name()).isEqualTo("TAGGED");
	}

}
