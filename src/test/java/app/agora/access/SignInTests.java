package app.agora.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "agora.security.login-attempts-per-minute=3")
@AutoConfigureMockMvc
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Test
	void staffLandOnTheConsoleAndCustomersOnTheirHome() throws Exception {
		mvc.perform(post("/login").param("email", "agent@agora.demo").param("password", "demo").with(csrf()))
				.andExpect(redirectedUrl("/"));
		var session = (MockHttpSession) mvc
				.perform(post("/login").param("email", "dara@agora.demo").param("password", "demo").with(csrf()))
				.andReturn().getRequest().getSession();
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/home"));
		mvc.perform(get("/home").session(session)).andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(containsString("Okafor")));
		mvc.perform(get("/console").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void signingInChangesTheSessionId() throws Exception {
		var before = new MockHttpSession();
		String idBefore = before.getId();
		HttpSession after = mvc.perform(post("/login").session(before).param("email", "sales@agora.demo")
				.param("password", "demo").with(csrf())).andReturn().getRequest().getSession();
		assertThat(after.getId()).isNotEqualTo(idBefore);
	}

	@Test
	void aWrongPasswordGoesBackToTheLoginPage() throws Exception {
		mvc.perform(post("/login").param("email", "product@agora.demo").param("password", "nope").with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void repeatedGuessesAreThrottled() throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/login").param("email", "admin@agora.demo").param("password", "guess" + i).with(csrf()))
					.andExpect(redirectedUrl("/login?error"));
		}
		// Even the right password is not checked once the limit is reached.
		mvc.perform(post("/login").param("email", "admin@agora.demo").param("password", "demo").with(csrf()))
				.andExpect(redirectedUrl("/login?throttled"));
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/login").param("email", "sales@agora.demo").param("password", "demo"))
				.andExpect(status().isForbidden());
	}

	@Test
	void pagesCarryAStrictContentSecurityPolicy() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk())
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-eval"))))
				.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void anonymousPagesRedirectToLogin() throws Exception {
		mvc.perform(get("/parties")).andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", containsString("/login")));
	}
}
