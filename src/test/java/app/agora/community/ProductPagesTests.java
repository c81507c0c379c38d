package app.agora.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import app.agora.support.ProductDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The product pages: public reading with a canonical link, the review form and
 * Ask an owner with messages beside the fields, editing one's review, the
 * owners' opt-in and the staff catalogue.
 */
@AgoraTest
@ProductDemo
class ProductPagesTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	Products products;

	private int reviews(String slug) {
		return products.rating(slug).count();
	}

	@Test
	void productPagesReadSignedOutWithRatingReviewsAndQuestions() throws Exception {
		mvc.perform(get("/products")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Annual multi-trip travel insurance")))
				.andExpect(content().string(containsString("href=\"/products/family-vanoise\"")));
		mvc.perform(get("/products/annual-travel-insurance")).andExpect(status().isOk())
				.andExpect(content().string(containsString(
						"<link rel=\"canonical\" href=\"http://localhost/products/annual-travel-insurance\">")))
				.andExpect(content().string(containsString("id=\"bar-5\"")))
				.andExpect(content().string(containsString("Verified owner")))
				.andExpect(content().string(containsString("Does it cover via ferrata and glacier days?")))
				.andExpect(content().string(containsString("Asked of owners")))
				.andExpect(content().string(containsString("Sign in to ask an owner")))
				.andExpect(content().string(not(containsString("id=\"review-form\""))))
				.andExpect(content().string(not(containsString("id=\"ask-form\""))));
		mvc.perform(get("/products/no-such-product")).andExpect(status().isNotFound());
		Review first = products.overview("annual-travel-insurance", null).reviews().getFirst();
		mvc.perform(get(first.path())).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"review-summary\"")))
				.andExpect(content().string(containsString("Verified owner")))
				.andExpect(content().string(containsString("href=\"/products/annual-travel-insurance\"")));
	}

	@Test
	void productPagesSpeakFrench() throws Exception {
		mvc.perform(get("/products/annual-travel-insurance").param("lang", "fr")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Propriétaire vérifié")))
				.andExpect(content().string(containsString("sur 5 (")))
				.andExpect(content().string(containsString("Avis par nombre d")))
				.andExpect(content().string(containsString("Demander à un propriétaire")));
		mvc.perform(get("/products").param("lang", "fr")).andExpect(status().isOk())
				.andExpect(content().string(containsString("<h1>Produits</h1>")));
	}

	@Test
	void aReviewWithoutValidStarsShowsTheMessageBesideTheStarsAndStoresNothing() throws Exception {
		int before = reviews("alta-via-1");
		mvc.perform(post("/products/alta-via-1/reviews").with(users.as(DemoUsers.PROSPECT)).param("title", "Lovely")
				.param("text", "Huts!")).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"stars-error\"")))
				.andExpect(content().string(containsString("Give from 1 to 5 stars.")));
		mvc.perform(post("/products/alta-via-1/reviews").with(users.as(DemoUsers.PROSPECT)).param("stars", "9")
				.param("title", "Lovely").param("text", "Huts!")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Give from 1 to 5 stars.")));
		mvc.perform(post("/products/alta-via-1/reviews").with(users.as(DemoUsers.PROSPECT)).param("stars", "lots")
				.param("title", "Lovely").param("text", "Huts!")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Give from 1 to 5 stars.")));
		mvc.perform(post("/products/alta-via-1/reviews").with(users.as(DemoUsers.PROSPECT)).param("stars", "4")
				.param("title", "").param("text", "Huts!")).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"review-title-error\"")));
		assertThat(reviews("alta-via-1")).isEqualTo(before);
	}

	@Test
	void aSecondReviewOfTheSameProductIsRefusedWithAMessage() throws Exception {
		int before = reviews("annual-travel-insurance");
		mvc.perform(post("/products/annual-travel-insurance/reviews").with(users.as(DemoUsers.ANNE_MARIE))
				.param("stars", "5").param("title", "Again").param("text", "Second time")).andExpect(status().isOk())
				.andExpect(content().string(containsString("You have already reviewed this product")));
		assertThat(reviews("annual-travel-insurance")).isEqualTo(before);
	}

	@Test
	void aProspectReviewsThenEditsTheirReview() throws Exception {
		String location = mvc
				.perform(post("/products/family-vanoise/reviews").with(users.as(DemoUsers.DARA)).param("stars", "2")
						.param("title", "Short but sweet").param("text", "The *marmots* won."))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/products/family-vanoise#review-*")).andReturn().getResponse()
				.getRedirectedUrl();
		long threadId = Long.parseLong(location.substring(location.indexOf("#review-") + 8));
		mvc.perform(get("/products/family-vanoise").with(users.as(DemoUsers.DARA))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Short but sweet")))
				.andExpect(content().string(containsString("id=\"already-reviewed\"")))
				.andExpect(content().string(not(containsString("id=\"review-form\""))));
		String edit = "/products/family-vanoise/reviews/" + threadId + "/edit";
		mvc.perform(get(edit).with(users.as(DemoUsers.PROSPECT))).andExpect(status().isNotFound());
		mvc.perform(get(edit).with(users.as(DemoUsers.DARA))).andExpect(status().isOk())
				.andExpect(content().string(containsString("The *marmots* won.")));
		mvc.perform(post(edit).with(users.as(DemoUsers.DARA)).param("stars", "4")
				.param("text", "The marmots won, again.").param("version", "0")).andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/products/family-vanoise#review-" + threadId));
		Review review = products.reviewBy("family-vanoise", users.participant(DemoUsers.DARA)).orElseThrow();
		assertThat(review.stars()).isEqualTo(4);
		assertThat(review.source()).isEqualTo("The marmots won, again.");
		mvc.perform(post(edit).with(users.as(DemoUsers.DARA)).param("stars", "1").param("text", "Stale")
				.param("version", "0")).andExpect(status().isOk())
				.andExpect(content().string(containsString("edited meanwhile")));
	}

	@Test
	void aProspectAsksAnOwnerFromTheProductPage() throws Exception {
		mvc.perform(post("/products/family-vanoise/questions").with(users.as(DemoUsers.PROSPECT)).param("title", "")
				.param("text", "Is 6 too young?")).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"question-title-error\"")));
		mvc.perform(post("/products/family-vanoise/questions").with(users.as(DemoUsers.PROSPECT))
				.param("title", "Is six too young for the Family Vanoise?").param("text", "She walks 6 km easily."))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/products/family-vanoise#question-*"));
		mvc.perform(get("/products/family-vanoise")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Is six too young for the Family Vanoise?")))
				.andExpect(content().string(containsString("She walks 6 km easily.")));
		mvc.perform(post("/products/family-vanoise/questions").param("title", "x").param("text", "y"))
				.andExpect(status().isForbidden());
	}

	@Test
	void customersChooseWhetherOwnersMayBeAsked() throws Exception {
		mvc.perform(get("/me/community")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/me/community").with(users.as(DemoUsers.PROSPECT))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"askable\" checked"))));
		mvc.perform(post("/me/community/owner-questions").with(users.as(DemoUsers.PROSPECT)).param("askable", "true"))
				.andExpect(redirectedUrl("/me/community?saved"));
		mvc.perform(get("/me/community").with(users.as(DemoUsers.PROSPECT))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"askable\" checked")));
		mvc.perform(post("/me/community/owner-questions").with(users.as(DemoUsers.PROSPECT)))
				.andExpect(redirectedUrl("/me/community?saved"));
		assertThat(products.askable(users.participant(DemoUsers.PROSPECT))).isFalse();
	}

	@Test
	void staffKeepTheCatalogueOnTheConsole() throws Exception {
		mvc.perform(get("/console/community/products").with(users.as(DemoUsers.DARA)))
				.andExpect(status().isForbidden());
		mvc.perform(get("/console/community/products").with(users.as(DemoUsers.ADMIN))).andExpect(status().isOk())
				.andExpect(content().string(containsString("corporate-account")));
		mvc.perform(post("/console/community/products/new").with(users.as(DemoUsers.ADMIN)).param("name", "")
				.param("spaceSlug", "gear-talk")).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"name-error\"")));
		mvc.perform(post("/console/community/products/new").with(users.as(DemoUsers.ADMIN))
				.param("name", "Cordée rain poncho").param("description", "Covers the pack.")
				.param("spaceSlug", "gear-talk")).andExpect(redirectedUrl("/products/cordee-rain-poncho"));
		mvc.perform(get("/console/community/products/cordee-rain-poncho/edit").with(users.as(DemoUsers.AGENT)))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Covers the pack.")));
	}
}
