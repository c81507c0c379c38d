package app.agora.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages write their links as they are, and the versionless webjar address they
 * use for htmx is served.
 */
@AgoraTest
class PlainLinksTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theVersionlessHtmxLinkOfEveryPageIsServed() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk())
				.andExpect(content().string(containsString("src=\"/webjars/htmx.org/dist/htmx.min.js\"")));
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk())
				.andExpect(content().string(containsString("htmx")));
	}
}
