package app.agora.community.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.community.PostChanged;
import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Full-text search through the API and the page: what it finds, what it
 * highlights, what it never shows, and how it answers bad input.
 */
@AgoraTest
class CommunitySearchTests {

	private static final String API = "/api/v1/community";

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	ApplicationEventPublisher events;

	private long startThread(String email, String space, String kind, String title, String text) throws Exception {
		String body = mvc
				.perform(post(API + "/spaces/" + space + "/threads").with(users.as(email))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"kind\":\"" + kind + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private List<Object> postIds(MockHttpServletRequestBuilder request) throws Exception {
		String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.hits[*].postId");
	}

	/**
	 * The index follows the database after the commit; wait for it (at most 20 s).
	 */
	private static void eventually(Callable<Boolean> condition) throws Exception {
		for (int i = 0; i < 400 && !condition.call(); i++) {
			Thread.sleep(50);
		}
		assertThat(condition.call()).as("the search index caught up").isTrue();
	}

	private long firstPostOf(long threadId) {
		return jdbc.sql("select min(id) from community_post where thread_id = :id").param("id", threadId)
				.query(Long.class).single();
	}

	@Test
	void aVisitorFindsADemoQuestionWithItsWordsMarked() throws Exception {
		eventually(() -> mvc.perform(get(API + "/search").param("q", "huts September")).andReturn().getResponse()
				.getContentAsString().contains("are the huts still open"));
		mvc.perform(get(API + "/search").param("q", "huts September")).andExpect(status().isOk())
				.andExpect(jsonPath("$.hits[0].title").value("Alta Via 1 in late September: are the huts still open?"))
				.andExpect(jsonPath("$.hits[0].titleHtml", containsString("<mark>huts</mark>")))
				.andExpect(jsonPath("$.hits[0].spaceSlug").value("dolomites-alps-treks"))
				.andExpect(jsonPath("$.hits[0].path", containsString("/community/dolomites-alps-treks/t/")))
				.andExpect(jsonPath("$.totalExact").value(true));
	}

	@Test
	void frenchWordsMatchTheirOtherForms() throws Exception {
		eventually(() -> !postIds(get(API + "/search").param("q", "étape")).isEmpty());
		mvc.perform(get(API + "/search").param("q", "étape")).andExpect(status().isOk())
				.andExpect(jsonPath("$.hits[*].title", hasItem(containsString("étapes longues"))))
				.andExpect(jsonPath("$.hits[0].titleHtml", containsString("<mark>étapes</mark>")));
	}

	@Test
	void membersOnlyPostsAreFoundOnlyByThoseWhoMayReadThem() throws Exception {
		startThread(DemoUsers.DARA, "guides-corner", "DISCUSSION", "Quillwort meadow closed",
				"The quillwort meadow above the hut is closed to groups.");
		eventually(
				() -> !postIds(get(API + "/search").param("q", "quillwort").with(users.as(DemoUsers.DARA))).isEmpty());
		assertThat(postIds(get(API + "/search").param("q", "quillwort").with(users.as(DemoUsers.ANNE_MARIE))))
				.hasSize(1);
		assertThat(postIds(get(API + "/search").param("q", "quillwort").with(users.as(DemoUsers.AGENT)))).hasSize(1);
		assertThat(postIds(get(API + "/search").param("q", "quillwort").with(users.as(DemoUsers.PROSPECT)))).isEmpty();
		assertThat(postIds(get(API + "/search").param("q", "quillwort"))).isEmpty();
		mvc.perform(get(API + "/search").param("q", "quillwort").param("space", "guides-corner"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("space"));
		mvc.perform(get(API + "/similar").param("title", "quillwort meadow"))
				.andExpect(jsonPath("$[*].title", not(hasItem("Quillwort meadow closed"))));
	}

	@Test
	void excerptsAreEscapedTextWithMarksOnly() throws Exception {
		startThread(DemoUsers.ANNE_MARIE, "gear-talk", "DISCUSSION", "Sporran <b>bags</b>",
				"<script>alert(1)</script> <img src=x onerror=alert(2)> the sporran fits a map");
		eventually(() -> !postIds(get(API + "/search").param("q", "sporran")).isEmpty());
		String body = mvc.perform(get(API + "/search").param("q", "sporran")).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		String excerpt = JsonPath.read(body, "$.hits[0].excerptHtml");
		String title = JsonPath.read(body, "$.hits[0].titleHtml");
		assertThat(excerpt).contains("&lt;script&gt;", "&lt;img src=x onerror=alert(2)&gt;", "<mark>sporran</mark>")
				.doesNotContain("<script", "<img");
		assertThat(title).isEqualTo("<mark>Sporran</mark> &lt;b&gt;bags&lt;/b&gt;");
		mvc.perform(get("/community/search").param("q", "sporran")).andExpect(status().isOk())
				.andExpect(content().string(containsString("<mark>sporran</mark>")))
				.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void anEditIsFoundByItsNewWordsAndNoLongerByItsOldOnes() throws Exception {
		long thread = startThread(DemoUsers.DARA, "gear-talk", "DISCUSSION", "Gaiter question",
				"My gaiters are made of cordura.");
		long post = firstPostOf(thread);
		eventually(() -> postIds(get(API + "/search").param("q", "cordura")).contains((int) post));
		mvc.perform(put(API + "/posts/" + post).with(users.as(DemoUsers.DARA)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"My gaiters are made of ventile.\",\"version\":0}")).andExpect(status().isOk());
		eventually(() -> postIds(get(API + "/search").param("q", "ventile")).contains((int) post));
		assertThat(postIds(get(API + "/search").param("q", "cordura"))).doesNotContain((int) post);
	}

	@Test
	void aChangeLeftInTheQueueIsIndexedAndThenLeavesIt() throws Exception {
		long thread = startThread(DemoUsers.DARA, "gear-talk", "DISCUSSION", "Stove fuel",
				"Which canister fits the old stove?");
		long post = firstPostOf(thread);
		eventually(() -> postIds(get(API + "/search").param("q", "canister")).contains((int) post));
		eventually(() -> queued() == 0);
		// As when Agora stopped after a change was committed and before it was indexed:
		// the change is in the database and in the queue only; no event, no signal.
		jdbc.sql("update community_post set source = 'Which cartouche fits the old stove?' where id = :id")
				.param("id", post).update();
		jdbc.sql("insert into community_search_queue (post_id, queued_at) values (:id, current_timestamp)")
				.param("id", post).update();
		eventually(() -> postIds(get(API + "/search").param("q", "cartouche")).contains((int) post));
		eventually(() -> queued() == 0);
		assertThat(postIds(get(API + "/search").param("q", "canister"))).doesNotContain((int) post);
	}

	private long queued() {
		return jdbc.sql("select count(*) from community_search_queue").query(Long.class).single();
	}

	@Test
	void aHiddenPostLeavesTheResults() throws Exception {
		long thread = startThread(DemoUsers.DARA, "gear-talk", "DISCUSSION", "Spare laces",
				"Always carry spare bootlaces, waxed ones.");
		long post = firstPostOf(thread);
		eventually(() -> postIds(get(API + "/search").param("q", "bootlaces")).contains((int) post));
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("update community_post set status = 'HIDDEN' where id = :id").param("id", post).update();
			events.publishEvent(new PostChanged(post, thread, "gear-talk"));
		});
		eventually(() -> !postIds(get(API + "/search").param("q", "bootlaces")).contains((int) post));
	}

	@Test
	void filtersNarrowTheResults() throws Exception {
		eventually(() -> !postIds(get(API + "/search").param("q", "Alta Via")).isEmpty());
		mvc.perform(get(API + "/search").param("q", "Alta Via slow").param("kind", "idea")).andExpect(status().isOk())
				.andExpect(jsonPath("$.hits[*].kind", everyItem(org.hamcrest.Matchers.is("IDEA"))))
				.andExpect(jsonPath("$.hits[*].title", hasItem(containsString("slow"))));
		mvc.perform(get(API + "/search").param("q", "huts").param("space", "trekking-with-children"))
				.andExpect(status().isOk()).andExpect(
						jsonPath("$.hits[*].spaceSlug", everyItem(org.hamcrest.Matchers.is("trekking-with-children"))));
		mvc.perform(get(API + "/search").param("q", "trek").param("product", "family vanoise"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.hits").isNotEmpty())
				.andExpect(jsonPath("$.hits[*].productName", everyItem(org.hamcrest.Matchers.is("Family Vanoise"))));
		// The demo accepted answers on most questions and left some open.
		mvc.perform(get(API + "/search").param("q", "huts").param("solved", "true")).andExpect(status().isOk())
				.andExpect(jsonPath("$.hits").isNotEmpty())
				.andExpect(jsonPath("$.hits[*].solved", everyItem(org.hamcrest.Matchers.is(true))));
		mvc.perform(get(API + "/search").param("q", "huts").param("solved", "false")).andExpect(status().isOk())
				.andExpect(jsonPath("$.hits").isNotEmpty())
				.andExpect(jsonPath("$.hits[*].solved", everyItem(org.hamcrest.Matchers.is(false))));
	}

	@Test
	void badInputIsPlainTextOrAClear400() throws Exception {
		mvc.perform(get(API + "/search").param("q", "title:(huts AND \"open* [")).andExpect(status().isOk())
				.andExpect(jsonPath("$.query").value("title:(huts AND \"open* ["));
		mvc.perform(get(API + "/search").param("q", "")).andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get(API + "/search").param("q", "huts ".repeat(2000))).andExpect(status().isOk())
				.andExpect(jsonPath("$.query").value(org.hamcrest.Matchers.hasLength(SearchText.MAX_QUERY)));
		mvc.perform(get(API + "/search").param("q", "huts").param("kind", "POEM")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("kind"));
		mvc.perform(get(API + "/search").param("q", "huts").param("solved", "maybe")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("solved"));
		mvc.perform(get(API + "/search").param("q", "huts").param("space", "nowhere"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("space"));
		mvc.perform(get(API + "/search").param("q", "huts").param("product", "x".repeat(201)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("product"));
		mvc.perform(get("/community/search").param("q", "huts").param("kind", "POEM"))
				.andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"kind-error\"")));
		mvc.perform(get("/community/search").param("q", "huts").param("page", "many")).andExpect(status().isOk());
	}

	@Test
	void similarQuestionsComeFromTitles() throws Exception {
		eventually(() -> !mvc.perform(get(API + "/similar").param("title", "Are huts open in September?")).andReturn()
				.getResponse().getContentAsString().equals("[]"));
		mvc.perform(get(API + "/similar").param("title", "Are huts open in September?").param("space",
				"dolomites-alps-treks")).andExpect(status().isOk())
				.andExpect(jsonPath("$[0].title").value("Alta Via 1 in late September: are the huts still open?"))
				.andExpect(jsonPath("$[0].path", containsString("/community/dolomites-alps-treks/t/")));
		mvc.perform(get(API + "/similar").param("title", "a")).andExpect(status().isOk())
				.andExpect(content().json("[]"));
	}

	@Test
	void onlyAdminsRebuildTheIndex() throws Exception {
		mvc.perform(post(API + "/search/rebuild").with(users.as(DemoUsers.AGENT))).andExpect(status().isForbidden());
		mvc.perform(post(API + "/search/rebuild").with(users.as(DemoUsers.ANNE_MARIE)))
				.andExpect(status().isForbidden());
		String body = mvc.perform(post(API + "/search/rebuild").with(users.as(DemoUsers.ADMIN)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		int visiblePosts = jdbc.sql("""
				select count(*) from community_post p join community_thread t on t.id = p.thread_id
				where p.status = 'VISIBLE' and t.status = 'VISIBLE'""").query(Integer.class).single();
		assertThat((Integer) JsonPath.read(body, "$.posts")).isEqualTo(visiblePosts);
		assertThat(postIds(get(API + "/search").param("q", "huts September"))).isNotEmpty();
	}

	@Test
	void aThreadIsSolvedOnceItHasAnAcceptedAnswer() throws Exception {
		long question = startThread(DemoUsers.DARA, "gear-talk", "QUESTION", "Which stove for a bivouac",
				"Gas or alcohol for a bivouac stove?");
		String reply = mvc
				.perform(post(API + "/spaces/gear-talk/threads/" + question + "/posts")
						.with(users.as(DemoUsers.ANNE_MARIE)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"text\":\"Gas: lighter, and no spills.\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long answer = ((Number) JsonPath.read(reply, "$.id")).longValue();
		eventually(() -> postIds(get(API + "/search").param("q", "bivouac stove").param("solved", "false"))
				.contains((int) firstPostOf(question)));

		mvc.perform(put(API + "/spaces/gear-talk/threads/" + question + "/answer").with(users.as(DemoUsers.DARA))
				.contentType(MediaType.APPLICATION_JSON).content("{\"postId\":" + answer + "}"))
				.andExpect(status().isOk());

		eventually(() -> postIds(get(API + "/search").param("q", "bivouac stove").param("solved", "true"))
				.contains((int) firstPostOf(question)));
		assertThat(postIds(get(API + "/search").param("q", "bivouac stove").param("solved", "false")))
				.doesNotContain((int) firstPostOf(question));
	}

	@Test
	void theCommunityPagesOfferTheSearchBox() throws Exception {
		mvc.perform(get("/community")).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"search-box\"")));
		mvc.perform(get("/community/gear-talk")).andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"space\" value=\"gear-talk\"")));
	}
}
