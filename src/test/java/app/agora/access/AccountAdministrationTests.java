package app.agora.access;

import static app.agora.support.DemoUsers.ADMIN;
import static app.agora.support.DemoUsers.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.access.internal.AccountStore;
import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@AgoraTest
class AccountAdministrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	AccountStore accounts;

	@Test
	void anAdministratorOpensAStaffAccountThatCanSignIn() throws Exception {
		mvc.perform(post("/admin/accounts").with(users.as(ADMIN)).param("email", "Nina.Guide@Cordee.example")
				.param("displayName", "Nina Guide").param("role", "SERVICE_AGENT").param("password", "long-enough"))
				.andExpect(redirectedUrl("/admin/accounts?opened"));
		mvc.perform(post("/login").param("email", "nina.guide@cordee.example").param("password", "long-enough")
				.with(csrf())).andExpect(redirectedUrl("/"));
		assertThat(accounts.findByEmail("nina.guide@cordee.example"))
				.hasValueSatisfying(user -> assertThat(user.role()).isEqualTo(AccountRole.SERVICE_AGENT));
	}

	@Test
	void badAccountFieldsAreShownBesideTheFields() throws Exception {
		mvc.perform(post("/admin/accounts").with(users.as(ADMIN)).param("email", "sales@agora.demo")
				.param("displayName", "").param("password", "short")).andExpect(status().isOk())
				.andExpect(content().string(containsString("An account with this email already exists")))
				.andExpect(content().string(containsString("A password needs at least 8 characters")))
				.andExpect(content().string(containsString("Choose a role")));
		mvc.perform(post("/api/v1/accounts").with(users.as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"x\",\"displayName\":\"X\",\"password\":\"12345678\",\"role\":\"MEMBER\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("email"));
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		var product = users.get("product@agora.demo");
		mvc.perform(patch("/api/v1/accounts/" + product.accountId()).with(users.as(ADMIN))
				.contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))
				.andExpect(status().isNoContent());
		mvc.perform(post("/login").param("email", "product@agora.demo").param("password", "demo").with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		mvc.perform(patch("/api/v1/accounts/" + product.accountId()).with(users.as(ADMIN))
				.contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":true}"))
				.andExpect(status().isNoContent());
	}

	@Test
	void onlyAdministratorsManageAccountsAndNobodyLocksThemselvesOut() throws Exception {
		mvc.perform(get("/admin/accounts").with(users.as(SALES))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/accounts").with(users.as(SALES))).andExpect(status().isForbidden());
		var admin = users.get(ADMIN);
		mvc.perform(patch("/api/v1/accounts/" + admin.accountId()).with(users.as(ADMIN))
				.contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))
				.andExpect(status().isConflict());
		mvc.perform(patch("/api/v1/accounts/" + java.util.UUID.randomUUID()).with(users.as(ADMIN))
				.contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))
				.andExpect(status().isNotFound());
	}

	@Test
	void peopleChangeTheirOwnPasswordAfterProvingTheCurrentOne() throws Exception {
		mvc.perform(post("/account/password").with(users.as("dara@agora.demo")).param("current", "wrong")
				.param("replacement", "new-password-1").param("confirmation", "new-password-1"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("This is not your current password")));
		mvc.perform(post("/account/password").with(users.as("dara@agora.demo")).param("current", "demo")
				.param("replacement", "new-password-1").param("confirmation", "other"))
				.andExpect(content().string(containsString("The two new passwords differ")));
		mvc.perform(post("/account/password").with(users.as("dara@agora.demo")).param("current", "demo")
				.param("replacement", "new-password-1").param("confirmation", "new-password-1"))
				.andExpect(redirectedUrl("/account/password?changed"));
		mvc.perform(post("/login").param("email", "dara@agora.demo").param("password", "new-password-1").with(csrf()))
				.andExpect(redirectedUrl("/"));
	}
}
