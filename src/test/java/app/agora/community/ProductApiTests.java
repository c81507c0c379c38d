package app.agora.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import app.agora.support.ProductDemo;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The catalogue, reviews and Ask an owner through the API, on the demo company
 * and its real sources (Anne-Marie holds the annual travel insurance in
 * billing, Dara the corporate account; Priya holds nothing).
 */
@AgoraTest
@ProductDemo
@RecordApplicationEvents
class ProductApiTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	ApplicationEvents events;
	@Autowired
	JdbcClient jdbc;

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private int reviewCount(String slug) throws Exception {
		String body = mvc.perform(get("/api/v1/products/" + slug)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		return JsonPath.read(body, "$.rating.count");
	}

	@Test
	void theCatalogueAndAProductReadSignedOutWithVerifiedOwnersFirst() throws Exception {
		mvc.perform(get("/api/v1/products")).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].slug", hasItem("alta-via-1")))
				.andExpect(jsonPath("$[*].name", hasItem("Annual multi-trip travel insurance")));
		String body = mvc.perform(get("/api/v1/products/annual-travel-insurance")).andExpect(status().isOk())
				.andExpect(jsonPath("$.url", endsWith("/products/annual-travel-insurance")))
				.andExpect(jsonPath("$.reviews[0].verifiedOwner").value(true))
				.andExpect(jsonPath("$.reviews[0].authorName").value("Anne-Marie Leclerc"))
				.andExpect(jsonPath("$.reviews[1].verifiedOwner").value(false))
				.andExpect(jsonPath("$.rating.distribution[0].stars").value(5))
				.andExpect(jsonPath("$.rating.distribution[4].stars").value(1))
				.andExpect(jsonPath("$.questions[0].ownerQuestion").value(true))
				.andExpect(jsonPath("$.questions[0].answers[0].authorName").value("Anne-Marie Leclerc")).andReturn()
				.getResponse().getContentAsString();
		assertThat(body).doesNotContain(users.get(DemoUsers.ANNE_MARIE).accountId().toString());
		List<Integer> counts = JsonPath.read(body, "$.rating.distribution[*].count");
		int count = JsonPath.read(body, "$.rating.count");
		assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(count).isGreaterThanOrEqualTo(2);
		mvc.perform(get("/api/v1/products/no-such-thing")).andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aVerifiedOwnerReviewsOnceAndEditsKeepingTheHistory() throws Exception {
		String body = mvc
				.perform(json(post("/api/v1/community/reviews").with(users.as(DemoUsers.DARA)),
						"{\"product\":\"corporate-account\",\"stars\":5,\"title\":\"One invoice per trip\","
								+ "\"text\":\"Twelve people, **one** invoice.\"}"))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.verifiedOwner").value(true))
				.andExpect(jsonPath("$.stars").value(5)).andExpect(jsonPath("$.mine").value(true)).andReturn()
				.getResponse().getContentAsString();
		long threadId = ((Number) JsonPath.read(body, "$.threadId")).longValue();
		long postId = ((Number) JsonPath.read(body, "$.postId")).longValue();
		int before = reviewCount("corporate-account");

		mvc.perform(json(post("/api/v1/community/reviews").with(users.as(DemoUsers.DARA)),
				"{\"product\":\"corporate-account\",\"stars\":1,\"title\":\"Again\",\"text\":\"Twice\"}"))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("stars"));
		assertThat(reviewCount("corporate-account")).isEqualTo(before);

		String edit = "/api/v1/products/corporate-account/reviews/" + threadId;
		mvc.perform(json(put(edit).with(users.as(DemoUsers.DARA)),
				"{\"stars\":4,\"text\":\"Twelve people, one invoice; the coordinator changed.\",\"version\":0}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.stars").value(4))
				.andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.verifiedOwner").value(true));
		mvc.perform(get("/api/v1/community/posts/" + postId + "/revisions")).andExpect(status().isOk())
				.andExpect(jsonPath("$[0].source").value("Twelve people, **one** invoice."));
		mvc.perform(json(put(edit).with(users.as(DemoUsers.DARA)), "{\"stars\":3,\"text\":\"Stale\",\"version\":0}"))
				.andExpect(status().isConflict());
		mvc.perform(
				json(put(edit).with(users.as(DemoUsers.PROSPECT)), "{\"stars\":1,\"text\":\"Not mine\",\"version\":1}"))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/products/corporate-account")).andExpect(jsonPath("$.reviews[0].stars").value(4));
	}

	@Test
	void editingAReviewThroughItsThreadDecidesTheBadgeAgainAndKeepsTheStars() throws Exception {
		String body = mvc.perform(get("/api/v1/products/annual-travel-insurance")).andReturn().getResponse()
				.getContentAsString();
		List<Number> daras = JsonPath.read(body, "$.reviews[?(@.authorName == 'Dara Okafor')].threadId");
		long dara = daras.getFirst().longValue();
		String review = mvc.perform(get("/api/v1/products/annual-travel-insurance").with(users.as(DemoUsers.DARA)))
				.andReturn().getResponse().getContentAsString();
		// As if billing had listed the insurance for Dara when she wrote it: the stored
		// decision is "owner".
		jdbc.sql("update community_review set verified_owner = true where thread_id = :t").param("t", dara).update();
		mvc.perform(get("/api/v1/products/annual-travel-insurance"))
				.andExpect(jsonPath("$.reviews[?(@.threadId == " + dara + ")].verifiedOwner").value(true));
		List<Integer> postIds = JsonPath.read(review, "$.reviews[?(@.threadId == " + dara + ")].postId");
		List<Integer> versions = JsonPath.read(review, "$.reviews[?(@.threadId == " + dara + ")].version");
		List<Integer> stars = JsonPath.read(review, "$.reviews[?(@.threadId == " + dara + ")].stars");
		mvc.perform(json(put("/api/v1/community/posts/" + postIds.getFirst()).with(users.as(DemoUsers.DARA)),
				"{\"text\":\"Still not mine: the company covers us.\",\"version\":" + versions.getFirst() + "}"))
				.andExpect(status().isOk());
		mvc.perform(get("/api/v1/products/annual-travel-insurance"))
				.andExpect(jsonPath("$.reviews[?(@.threadId == " + dara + ")].verifiedOwner").value(false))
				.andExpect(jsonPath("$.reviews[?(@.threadId == " + dara + ")].stars").value(stars.getFirst()))
				.andExpect(jsonPath("$.reviews[?(@.threadId == " + dara + ")].excerpt")
						.value("Still not mine: the company covers us."));
	}

	@Test
	void aReviewBySomeoneWhoDoesNotHoldTheProductHasNoBadge() throws Exception {
		mvc.perform(json(post("/api/v1/community/reviews").with(users.as(DemoUsers.PROSPECT)),
				"{\"product\":\"tour-du-mont-blanc\",\"stars\":4,\"title\":\"From the info evening\","
						+ "\"text\":\"Not booked yet.\"}"))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.verifiedOwner").value(false));
	}

	@Test
	void badReviewsAreRefusedWithTheFieldAndStoreNothing() throws Exception {
		int before = reviewCount("alta-via-1");
		for (String stars : List.of("0", "6", "null", "-3")) {
			mvc.perform(json(post("/api/v1/community/reviews").with(users.as(DemoUsers.PROSPECT)),
					"{\"product\":\"alta-via-1\",\"stars\":" + stars + ",\"title\":\"T\",\"text\":\"x\"}"))
					.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("stars"));
		}
		mvc.perform(json(post("/api/v1/community/reviews").with(users.as(DemoUsers.PROSPECT)),
				"{\"product\":\"no-such-product\",\"stars\":3,\"title\":\"T\",\"text\":\"x\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("product"));
		mvc.perform(json(post("/api/v1/community/reviews").with(users.as(DemoUsers.PROSPECT)),
				"{\"product\":\"alta-via-1\",\"stars\":3,\"title\":\"  \",\"text\":\"x\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("title"));
		mvc.perform(json(post("/api/v1/community/reviews").with(users.as(DemoUsers.PROSPECT)),
				"{\"product\":\"alta-via-1\",\"stars\":3,\"title\":\"T\",\"text\":\"" + "x".repeat(20_001) + "\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("text"));
		mvc.perform(json(post("/api/v1/community/reviews").with(users.as(DemoUsers.PROSPECT)),
				"{\"product\":\"alta-via-1\",\"stars\":\"many\",\"title\":\"T\",\"text\":\"x\"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(json(post("/api/v1/community/reviews").with(csrf()),
				"{\"product\":\"alta-via-1\",\"stars\":3,\"title\":\"T\",\"text\":\"x\"}"))
				.andExpect(status().isUnauthorized());
		assertThat(reviewCount("alta-via-1")).isEqualTo(before);
	}

	@Test
	void askAnOwnerTellsOnlyVerifiedOwnersWhoOptedIn() throws Exception {
		UUID anneMarie = users.get(DemoUsers.ANNE_MARIE).accountId();
		mvc.perform(get("/api/v1/me/community").with(users.as(DemoUsers.ANNE_MARIE)))
				.andExpect(jsonPath("$.askable").value(true));
		String body = mvc
				.perform(json(
						post("/api/v1/products/annual-travel-insurance/questions").with(users.as(DemoUsers.PROSPECT)),
						"{\"title\":\"Is skiing off-piste covered?\",\"text\":\"With a guide, in Val d'Isère.\"}"))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("QUESTION")).andReturn()
				.getResponse().getContentAsString();
		long threadId = ((Number) JsonPath.read(body, "$.id")).longValue();
		var asked = events.stream(OwnerQuestionAsked.class).filter(e -> e.threadId() == threadId).toList();
		assertThat(asked).singleElement().satisfies(e -> {
			assertThat(e.ownerAccountIds()).containsExactly(anneMarie);
			assertThat(e.askerAccountId()).isEqualTo(users.get(DemoUsers.PROSPECT).accountId());
			assertThat(e.productName()).isEqualTo("Annual multi-trip travel insurance");
		});

		mvc.perform(json(post("/api/v1/community/spaces/bookings-and-insurance/threads/" + threadId + "/posts")
				.with(users.as(DemoUsers.ANNE_MARIE)), "{\"text\":\"Only on marked runs, I asked them.\"}"))
				.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/products/annual-travel-insurance"))
				.andExpect(jsonPath("$.questions[0].title").value("Is skiing off-piste covered?"))
				.andExpect(jsonPath("$.questions[0].askerName").value("Priya Natarajan"))
				.andExpect(jsonPath("$.questions[0].answers[0].authorName").value("Anne-Marie Leclerc"));

		mvc.perform(json(put("/api/v1/me/community").with(users.as(DemoUsers.ANNE_MARIE)), "{\"askable\":false}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.askable").value(false));
		try {
			String second = mvc
					.perform(json(
							post("/api/v1/products/annual-travel-insurance/questions")
									.with(users.as(DemoUsers.PROSPECT)),
							"{\"title\":\"And heli-skiing?\",\"text\":\"Just curious.\"}"))
					.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
			long secondId = ((Number) JsonPath.read(second, "$.id")).longValue();
			assertThat(events.stream(OwnerQuestionAsked.class).filter(e -> e.threadId() == secondId)).singleElement()
					.satisfies(e -> assertThat(e.ownerAccountIds()).isEmpty());
		} finally {
			mvc.perform(json(put("/api/v1/me/community").with(users.as(DemoUsers.ANNE_MARIE)), "{\"askable\":true}"))
					.andExpect(status().isOk());
		}
		mvc.perform(json(post("/api/v1/products/annual-travel-insurance/questions").with(users.as(DemoUsers.PROSPECT)),
				"{\"title\":\"\",\"text\":\"No title\"}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("title"));
		mvc.perform(json(put("/api/v1/me/community").with(users.as(DemoUsers.PROSPECT)), "{}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("askable"));
		mvc.perform(get("/api/v1/me/community")).andExpect(status().isUnauthorized());
	}

	@Test
	void staffKeepTheCatalogue() throws Exception {
		String product = "{\"name\":\"Haute Route Chamonix–Zermatt\",\"description\":\"Glaciers and huts.\","
				+ "\"spaceSlug\":\"dolomites-alps-treks\"}";
		mvc.perform(json(post("/api/v1/products").with(users.as(DemoUsers.DARA)), product))
				.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/products").with(users.as(DemoUsers.ADMIN)), product))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.slug").value("haute-route-chamonix-zermatt"))
				.andExpect(jsonPath("$.spaceSlug").value("dolomites-alps-treks"));
		mvc.perform(get("/api/v1/community/spaces/dolomites-alps-treks"))
				.andExpect(jsonPath("$.products", hasItem("Haute Route Chamonix–Zermatt")));
		mvc.perform(json(post("/api/v1/products").with(users.as(DemoUsers.ADMIN)), product.replace("Haute", "haute")))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("name"));
		mvc.perform(json(post("/api/v1/products").with(users.as(DemoUsers.ADMIN)),
				"{\"name\":\"Guides only\",\"spaceSlug\":\"guides-corner\"}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("spaceSlug"));
		mvc.perform(json(post("/api/v1/products").with(users.as(DemoUsers.ADMIN)),
				"{\"name\":\"Bad address\",\"slug\":\"Bad Address!\",\"spaceSlug\":\"gear-talk\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("slug"));
		mvc.perform(json(put("/api/v1/products/haute-route-chamonix-zermatt").with(users.as(DemoUsers.AGENT)),
				"{\"name\":\"Haute Route Chamonix–Zermatt\",\"slug\":\"haute-route\",\"description\":\"Seven days.\","
						+ "\"spaceSlug\":\"dolomites-alps-treks\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.description").value("Seven days."));
		mvc.perform(get("/api/v1/products/haute-route")).andExpect(status().isOk())
				.andExpect(jsonPath("$.rating.count").value(0));
	}
}
