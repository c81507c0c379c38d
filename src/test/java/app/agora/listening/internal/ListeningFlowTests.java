package app.agora.listening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.community.PostPublished;
import app.agora.community.ProductDraft;
import app.agora.community.Products;
import app.agora.community.ThreadKind;
import app.agora.listening.FeedbackState;
import app.agora.parties.Lifecycle;
import app.agora.parties.Parties;
import app.agora.parties.PartyQuery;
import app.agora.parties.PartyRole;
import app.agora.parties.Timeline;
import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Feedback from every source to a tagged item: a community post, a lost deal, a
 * staff note, an item logged by hand and a CSV of another channel; then the
 * inbox, its filters and who may read it.
 */
@AgoraTest
class ListeningFlowTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TaggingWorker worker;
	@Autowired
	FeedbackIntake intake;
	@Autowired
	Products products;
	@Autowired
	Parties parties;
	@Autowired
	Lifecycle lifecycle;
	@Autowired
	Timeline timeline;
	@Autowired
	ListenedNames names;

	@BeforeEach
	void catalogueHasTheHutPass() {
		if (products.products().stream().noneMatch(p -> p.name().equals("Alpine Hut Pass"))) {
			products.createProduct(new ProductDraft("hut-pass", "Alpine Hut Pass", "Seven nights in the huts.",
					"dolomites-alps-treks"), users.participant(DemoUsers.ADMIN));
		}
		names.changed(); // a new product is listened for within a minute; the test does not wait

	}

	private void tagAll() {
		TagEverything.now(jdbc, worker);
	}

	private Long itemFor(String originRef) {
		return jdbc.sql("select id from listening_feedback where origin_ref = :ref").param("ref", originRef)
				.query(Long.class).optional().orElse(null);
	}

	private String awaitRef(String textLike) {
		await().atMost(Duration.ofSeconds(10)).until(() -> refOf(textLike) != null);
		return refOf(textLike);
	}

	private String refOf(String textLike) {
		return jdbc.sql("select origin_ref from listening_feedback where text like :text").param("text", textLike)
				.query(String.class).optional().orElse(null);
	}

	@Test
	void aPostBecomesATaggedItemWithItsProductSentimentLanguageAndTheme() throws Exception {
		mvc.perform(post("/api/v1/community/spaces/dolomites-alps-treks/threads").with(users.as(DemoUsers.DARA))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"DISCUSSION\",\"title\":\"Hut pass booking\",\"text\":\"The Alpine Hut Pas "
						+ "booking kept failing and nobody answered, a terrible experience.\"}"))
				.andExpect(status().isCreated());
		String ref = awaitRef("The Alpine Hut Pas booking%");
		long postId = Long.parseLong(ref.substring("post:".length()));
		long id = itemFor(ref);
		tagAll();

		mvc.perform(get("/api/v1/feedback/" + id).with(users.as(DemoUsers.AGENT))).andExpect(status().isOk())
				.andExpect(jsonPath("$.origin").value("POST")).andExpect(jsonPath("$.state").value("TAGGED"))
				.andExpect(jsonPath("$.products", hasItem("Alpine Hut Pass")))
				.andExpect(jsonPath("$.sentiment").value("NEGATIVE")).andExpect(jsonPath("$.language").value("en"))
				.andExpect(jsonPath("$.authorName").value("Dara Okafor"))
				.andExpect(
						jsonPath("$.authorPartyId").value(users.get(DemoUsers.DARA).partyId().orElseThrow().toString()))
				.andExpect(jsonPath("$.contextPath", containsString("/community/dolomites-alps-treks/t/")))
				.andExpect(jsonPath("$.themeId").isNumber());
		mvc.perform(get("/api/v1/feedback").param("product", "Alpine Hut Pass").param("sentiment", "negative")
				.with(users.as(DemoUsers.PRODUCT))).andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));

		// the same event delivered again (after a crash) makes no second item
		PostPublished again = new PostPublished(postId, 0, "dolomites-alps-treks", ThreadKind.DISCUSSION, null, null,
				"again", null, null, null, Instant.now(), false, false);
		direct(intake).on(again);
		assertThat(jdbc.sql("select count(*) from listening_feedback where origin_ref = :ref")
				.param("ref", "post:" + postId).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aLostDealAndAStaffNoteBecomeItemsWithTheirAuthorAndCompetitor() throws Exception {
		UUID competitor = parties.search(new PartyQuery("Summit", PartyRole.COMPETITOR, null, null), 0, 5).parties()
				.getFirst().id();
		UUID prospect = users.get(DemoUsers.PROSPECT).partyId().orElseThrow();
		lifecycle.markLost(prospect, "Went with Globe Trekker Tours: cheaper and their huts were confirmed.",
				competitor, "sales@agora.demo");
		timeline.addNote(prospect, "On the phone: loves the itineraries, finds the Alpine Hut Pass too dear.",
				"agent@agora.demo");
		await().atMost(Duration.ofSeconds(10))
				.until(() -> jdbc
						.sql("select count(*) from listening_feedback where author_party_id = :p and ("
								+ "text like 'Went with Globe%' or text like 'On the phone: loves%')")
						.param("p", prospect).query(Long.class).single() == 2);
		tagAll();

		String lost = mvc.perform(get("/api/v1/feedback").param("origin", "LOST_DEAL").with(users.as(DemoUsers.SALES)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> names = JsonPath.read(lost, "$.items[?(@.text =~ /Went with Globe.*/)].competitors[*].name");
		assertThat(names).contains("Summit Trails", "Globe Trekker Tours");
		String note = mvc.perform(get("/api/v1/feedback").param("origin", "STAFF_NOTE").with(users.as(DemoUsers.AGENT)))
				.andReturn().getResponse().getContentAsString();
		List<String> products = JsonPath.read(note, "$.items[?(@.text =~ /On the phone.*/)].products[*]");
		assertThat(products).contains("Alpine Hut Pass");
		List<String> contexts = JsonPath.read(note, "$.items[?(@.text =~ /On the phone.*/)].contextPath");
		assertThat(contexts).containsExactly("/parties/" + prospect);
	}

	@Test
	void staffLogFeedbackByHandAndBadInputIsRefusedWithItsField() throws Exception {
		String body = mvc.perform(post("/api/v1/feedback").with(users.as(DemoUsers.AGENT))
				.contentType(MediaType.APPLICATION_JSON).content(
						"{\"text\":\"Très déçus : le refuge était complet et personne ne nous a prévenus, c'est inadmissible.\",\"channel\":\"phone\"}"))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.origin").value("MANUAL"))
				.andExpect(jsonPath("$.state").value("WAITING"))
				.andExpect(jsonPath("$.recordedBy").value("agent@agora.demo")).andReturn().getResponse()
				.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		tagAll();
		mvc.perform(get("/api/v1/feedback/" + id).with(users.as(DemoUsers.AGENT)))
				.andExpect(jsonPath("$.language").value("fr")).andExpect(jsonPath("$.sentiment").value("NEGATIVE"));

		long before = count();
		for (String bad : List.of("{\"text\":\"\"}", "{\"text\":\"!!!\"}",
				"{\"text\":\"\\u0001\\u0002\\u0003\\u0004\"}", "{\"text\":\"" + "a".repeat(20_001) + "\"}")) {
			mvc.perform(post("/api/v1/feedback").with(users.as(DemoUsers.AGENT)).contentType(MediaType.APPLICATION_JSON)
					.content(bad)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("text"));
		}
		mvc.perform(post("/api/v1/feedback").with(users.as(DemoUsers.AGENT)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"fine\",\"authorPartyId\":\"" + UUID.randomUUID() + "\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("authorPartyId"));
		mvc.perform(post("/api/v1/feedback").with(users.as(DemoUsers.AGENT)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"fine\",\"saidAt\":\"2999-01-01T00:00:00Z\"}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("saidAt"));
		mvc.perform(post("/api/v1/feedback").with(users.as(DemoUsers.AGENT)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"fine\",\"saidAt\":\"yesterday\"}")).andExpect(status().isBadRequest());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aCsvOfAnotherChannelIsImportedOnceWithItsBadRowsReported() throws Exception {
		String csv = """
				text,said_at,author_email,channel
				"The app crashed twice while I paid, annoying",2026-10-01,anne-marie@agora.demo,app store
				"Superb guides, we will come back",2026-10-02T09:30:00Z,,
				,2026-10-03,,
				"Fine trip",next week,,
				""";
		var file = new MockMultipartFile("file", "reviews.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/v1/feedback/imports").file(file).param("channel", "survey")
				.with(users.as(DemoUsers.PRODUCT))).andExpect(status().isOk())
				.andExpect(jsonPath("$.imported").value(2)).andExpect(jsonPath("$.alreadyThere").value(0))
				.andExpect(jsonPath("$.refused[0].line").value(4))
				.andExpect(jsonPath("$.refused[0].reason").value("No text."))
				.andExpect(jsonPath("$.refused[1].line").value(5))
				.andExpect(jsonPath("$.refused[1].reason", containsString("said_at")));
		mvc.perform(multipart("/api/v1/feedback/imports").file(file).param("channel", "survey")
				.with(users.as(DemoUsers.PRODUCT))).andExpect(status().isOk())
				.andExpect(jsonPath("$.imported").value(0)).andExpect(jsonPath("$.alreadyThere").value(2));
		tagAll();
		mvc.perform(get("/api/v1/feedback").param("origin", "IMPORT").param("from", "2026-10-01")
				.param("to", "2026-10-01").with(users.as(DemoUsers.PRODUCT))).andExpect(status().isOk())
				.andExpect(jsonPath("$.items[0].channel").value("app store"))
				.andExpect(jsonPath("$.items[0].sentiment").value("NEGATIVE"))
				.andExpect(jsonPath("$.items[0].authorPartyId").isString());

		var noText = new MockMultipartFile("file", "x.csv", "text/csv", "comment\nhello\n".getBytes());
		mvc.perform(multipart("/api/v1/feedback/imports").file(noText).param("channel", "survey")
				.with(users.as(DemoUsers.PRODUCT))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("'text' column")));
		var latin1 = new MockMultipartFile("file", "x.csv", "text/csv",
				"text\nTrès bien\n".getBytes(StandardCharsets.ISO_8859_1));
		mvc.perform(multipart("/api/v1/feedback/imports").file(latin1).param("channel", "survey")
				.with(users.as(DemoUsers.PRODUCT))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("UTF-8")));
		mvc.perform(multipart("/api/v1/feedback/imports").file(file).with(users.as(DemoUsers.PRODUCT)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("channel"));
	}

	@Test
	void textThatCannotBeTaggedIsKeptWithItsReasonAndHoldsNothingUp() throws Exception {
		String binary = new String(new byte[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20},
				StandardCharsets.ISO_8859_1);
		direct(intake).on(new PostPublished(-1, 0, "gear-talk", ThreadKind.DISCUSSION, null, null, binary.repeat(10),
				null, "Robot", null, Instant.now(), false, false));
		direct(intake).on(new PostPublished(-2, 0, "gear-talk", ThreadKind.DISCUSSION, null, null,
				"Great huts. ".repeat(5000), null, "Long", null, Instant.now(), false, false));
		tagAll();
		assertThat(state("post:-1")).isEqualTo(FeedbackState.REJECTED.name());
		assertThat(jdbc.sql("select reason from listening_feedback where origin_ref = 'post:-1'").query(String.class)
				.single()).contains("binary");
		assertThat(state("post:-2")).isEqualTo(FeedbackState.TAGGED.name());
		assertThat(jdbc.sql("select reason from listening_feedback where origin_ref = 'post:-2'").query(String.class)
				.single()).contains("first 2,000 characters");
	}

	@Test
	void theCompanysOwnPostsAreNotFeedback() throws Exception {
		String text = "Thanks for asking, our team will check the hut booking today.";
		mvc.perform(post("/api/v1/community/spaces/dolomites-alps-treks/threads").with(users.as(DemoUsers.AGENT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"DISCUSSION\",\"title\":\"Hut booking check\",\"text\":\"" + text + "\"}"))
				.andExpect(status().isCreated());
		long postId = jdbc.sql("select id from community_post where source = :text").param("text", text)
				.query(Long.class).single();
		assertThat(itemFor("post:" + postId)).isNull();
	}

	@Test
	void onlyStaffReadFeedbackAndFiltersThatMeanNothingAreRefused() throws Exception {
		mvc.perform(get("/api/v1/feedback").with(users.as(DemoUsers.DARA))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/feedback")).andExpect(status().isUnauthorized());
		mvc.perform(get("/listening").with(users.as(DemoUsers.DARA))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/feedback").param("from", "yesterday").with(users.as(DemoUsers.AGENT)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("from"));
		mvc.perform(get("/api/v1/feedback").param("origin", "TWITTER").with(users.as(DemoUsers.AGENT)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("origin"));
		mvc.perform(get("/api/v1/feedback/999999999").with(users.as(DemoUsers.AGENT))).andExpect(status().isNotFound());
		mvc.perform(get("/listening").param("from", "yesterday").with(users.as(DemoUsers.AGENT)))
				.andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
						.content().string(containsString("Give a day as 2026-05-01.")));
	}

	/**
	 * The intake itself, not its asynchronous listener proxy: the event is taken
	 * before the call returns.
	 */
	private static FeedbackIntake direct(FeedbackIntake intake) {
		return org.springframework.test.util.AopTestUtils.getUltimateTargetObject(intake);
	}

	private long count() {
		return jdbc.sql("select count(*) from listening_feedback").query(Long.class).single();
	}

	private String state(String ref) {
		return jdbc.sql("select state from listening_feedback where origin_ref = :ref").param("ref", ref)
				.query(String.class).single();
	}
}
