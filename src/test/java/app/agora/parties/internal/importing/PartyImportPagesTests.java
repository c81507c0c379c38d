package app.agora.parties.internal.importing;

import static app.agora.parties.internal.importing.ImportFixtures.unique;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.parties.ImportStatus;
import app.agora.parties.PartyImports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class PartyImportPagesTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	PartyImports imports;
	@Autowired
	UserDetailsService users;
	@Autowired
	ImportJobs jobs;
	@TempDir
	Path folder;

	ImportFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ImportFixtures(imports, users, folder);
	}

	@Test
	void uploadFormHasTheFileFieldTheOptionAndTheCsrfToken() throws Exception {
		mvc.perform(get("/imports/new").with(as("agent@agora.demo"))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""),
						containsString("name=\"file\""), containsString("name=\"allOrNothing\""),
						containsString("name=\"_csrf\""), containsString("/js/imports.js"),
						not(containsString("onclick")), not(containsString("<script>")))));
		mvc.perform(get("/imports/new").param("lang", "fr").with(as("agent@agora.demo")))
				.andExpect(content().string(containsString("Importer des parties")));
	}

	@Test
	void uploadErrorsAreShownBesideTheField() throws Exception {
		mvc.perform(multipart("/imports").param("allOrNothing", "true").with(as("admin@agora.demo")).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(
						allOf(containsString("id=\"file-error\""), containsString("Choose a CSV file to import."),
								containsString("aria-invalid=\"true\""), containsString("checked"))));
		mvc.perform(multipart("/imports").file(file("empty.csv", "")).with(as("admin@agora.demo")).with(csrf()))
				.andExpect(status().isBadRequest()).andExpect(content().string(containsString("This file is empty.")));
		mvc.perform(multipart("/imports").file(file("parties.xlsx", "PK")).with(as("admin@agora.demo")).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Only CSV files can be imported")));
	}

	@Test
	void uploadLeadsToTheProgressBarThenTheReport() throws Exception {
		String csv = "given_name,email\nPage," + unique("page") + "@example.com\nBad,not-an-email\n";

		var posted = mvc
				.perform(multipart("/imports").file(file("page.csv", csv)).with(as("admin@agora.demo")).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", matchesPattern("/imports/[0-9a-f-]{36}"))).andReturn();
		String page = posted.getResponse().getHeader("Location");
		mvc.perform(get(page).with(as("admin@agora.demo"))).andExpect(status().isOk()).andExpect(content()
				.string(allOf(containsString("id=\"import-progress\""), containsString("Import of page.csv"))));
		fixtures.await(UUID.fromString(page.substring("/imports/".length())));

		mvc.perform(get(page + "/status").with(as("admin@agora.demo"))).andExpect(status().isOk()).andExpect(
				content().string(allOf(containsString("id=\"import-status\""), containsString("id=\"import-progress\""),
						containsString("value=\"100\""), not(containsString("hx-trigger")),
						containsString("id=\"import-created\">1<"), containsString("id=\"import-rejected\">1<"),
						containsString("id=\"import-rejections\""), containsString("<td>3</td>"),
						containsString("email: not a valid email address."), not(containsString("<html")))));
	}

	@Test
	void runningImportIsPolledEverySecond() throws Exception {
		UUID id = UUID.randomUUID();
		jobs.insert(new ImportJobs.NewJob(id, "waiting.csv", 10, unique("sha"), fixtures.admin().accountId(), null,
				"admin@agora.demo", false, Locale.ENGLISH, Instant.now()));
		try {
			mvc.perform(get("/imports/{id}", id).with(as("admin@agora.demo"))).andExpect(status().isOk())
					.andExpect(content().string(allOf(containsString("hx-get=\"/imports/" + id + "/status\""),
							containsString("hx-trigger=\"every 1s\""), containsString("Waiting for its turn"),
							matchesPattern(
									"(?s).*<progress id=\"import-progress\" max=\"100\" aria-label=\"[^\"]+\"></progress>.*"))));
		} finally {
			jobs.finish(id, ImportStatus.FAILED, "Stopped by the test.", Instant.now());
		}
		mvc.perform(get("/imports/{id}/status", id).with(as("admin@agora.demo")))
				.andExpect(content().string(allOf(not(containsString("hx-get")),
						containsString("id=\"import-failure\""), containsString("Stopped by the test."))));
	}

	@Test
	void failedImportShowsWhy() throws Exception {
		var file = fixtures.csv("wrong.csv", "name,mail\nX,x@example.com\n");
		var job = fixtures.importAndWait(file);

		mvc.perform(get("/imports/{id}", job.id()).with(as("sales@agora.demo"))).andExpect(status().isOk()).andExpect(
				content().string(allOf(containsString("Failed"), containsString("Unknown columns: &quot;name&quot;"))));
	}

	@Test
	void listShowsRecentImports() throws Exception {
		var job = fixtures.importAndWait(fixtures.csv("listed.csv", "given_name\n" + unique("Listed") + "\n"));

		mvc.perform(get("/imports").with(as("product@agora.demo"))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("href=\"/imports/" + job.id() + "\""),
						containsString("listed.csv"), containsString("Completed"))));
	}

	@Test
	void membersMayNotOpenTheImportPages() throws Exception {
		mvc.perform(get("/imports/new").with(as("anne-marie@agora.demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/imports").with(as("dara@agora.demo"))).andExpect(status().isForbidden());
		mvc.perform(multipart("/imports").file(file("x.csv", "given_name\nX\n")).with(as("prospect@agora.demo"))
				.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void unknownImportPageIsNotFound() throws Exception {
		mvc.perform(get("/imports/{id}", UUID.randomUUID()).with(as("admin@agora.demo")))
				.andExpect(status().isNotFound());
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}
}
