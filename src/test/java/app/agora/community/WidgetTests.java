package app.agora.community;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.ProductDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The embeddable widget: public JSON of a product's rating, reviews and
 * questions, fetched cross-origin only by the configured shop origin; and the
 * script that renders it without HTML from the JSON.
 */
@AgoraTest
@ProductDemo
class WidgetTests {

	private static final String WIDGET = "/api/v1/widget/products/annual-travel-insurance";
	private static final String SHOP = "https://shop.cordee.example";

	@Autowired
	MockMvc mvc;

	@Test
	void theWidgetGivesTheRatingReviewsQuestionsAndLinks() throws Exception {
		mvc.perform(get(WIDGET).header("Origin", SHOP)).andExpect(status().isOk())
				.andExpect(header().string("Access-Control-Allow-Origin", SHOP))
				.andExpect(jsonPath("$.name").value("Annual multi-trip travel insurance"))
				.andExpect(jsonPath("$.rating.count").isNumber())
				.andExpect(jsonPath("$.reviews[0].verifiedOwner").value(true))
				.andExpect(jsonPath("$.reviews[0].excerpt", containsString("Our flight to Venice was cancelled")))
				.andExpect(jsonPath("$.reviews[0].excerpt", not(containsString("<strong>"))))
				.andExpect(jsonPath("$.questions[0].answers").value(1))
				.andExpect(jsonPath("$.urls.product", endsWith("/products/annual-travel-insurance")))
				.andExpect(jsonPath("$.urls.ask", endsWith("/products/annual-travel-insurance#ask")));
		mvc.perform(get("/api/v1/widget/products/nothing-here")).andExpect(status().isNotFound());
	}

	@Test
	void aConfiguredOriginPassesThePreflightAndOthersDoNot() throws Exception {
		mvc.perform(options(WIDGET).header("Origin", SHOP).header("Access-Control-Request-Method", "GET"))
				.andExpect(status().isOk()).andExpect(header().string("Access-Control-Allow-Origin", SHOP))
				.andExpect(header().doesNotExist("Access-Control-Allow-Credentials"));
		mvc.perform(
				options(WIDGET).header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET"))
				.andExpect(status().isForbidden()).andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
		mvc.perform(get(WIDGET).header("Origin", "https://evil.example")).andExpect(status().isForbidden())
				.andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
		mvc.perform(options(WIDGET).header("Origin", SHOP).header("Access-Control-Request-Method", "POST"))
				.andExpect(status().isForbidden());
	}

	@Test
	void theScriptBuildsTheBlockWithTextNotHtml() throws Exception {
		mvc.perform(get("/js/agora-widget.js")).andExpect(status().isOk())
				.andExpect(content().string(containsString("data-agora-product")))
				.andExpect(content().string(containsString("textContent")))
				.andExpect(content().string(not(containsString("innerHTML"))))
				.andExpect(content().string(containsString("credentials: 'omit'")));
	}
}
