package app.agora.parties.internal.importing;

import static app.agora.parties.internal.importing.ImportFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.parties.ImportStatus;
import app.agora.parties.PartyImports;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class PartyImportApiTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	PartyImports imports;
	@Autowired
	UserDetailsService users;
	@Autowired
	ImportJobs jobs;
	@TempDir
	java.nio.file.Path folder;

	ImportFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ImportFixtures(imports, users, folder);
	}

	@Test
	void startingAnImportAnswers202WithItsLocationThenItsReport() throws Exception {
		String csv = "given_name,family_name,email\nAna,Lopez," + unique("ana") + "@example.es\nBad,Row,nope\n";

		var started = mvc
				.perform(multipart("/api/v1/imports/parties").file(file("api.csv", csv)).param("allOrNothing", "false")
						.with(as("sales@agora.demo")).with(csrf()))
				.andExpect(status().isAccepted())
				.andExpect(header().string("Location", matchesPattern("http://localhost/api/v1/imports/[0-9a-f-]{36}")))
				.andExpect(jsonPath("$.fileName").value("api.csv"))
				.andExpect(jsonPath("$.requestedBy").value("sales@agora.demo"))
				.andExpect(jsonPath("$.allOrNothing").value(false)).andReturn();
		UUID id = UUID.fromString(JsonPath.read(started.getResponse().getContentAsString(), "$.id"));
		fixtures.await(id);

		mvc.perform(get("/api/v1/imports/{id}", id).with(as("agent@agora.demo"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value(ImportStatus.COMPLETED.name()))
				.andExpect(jsonPath("$.totalRows").value(2)).andExpect(jsonPath("$.processedRows").value(2))
				.andExpect(jsonPath("$.created").value(1)).andExpect(jsonPath("$.updated").value(0))
				.andExpect(jsonPath("$.rejected").value(1)).andExpect(jsonPath("$.percent").value(100))
				.andExpect(jsonPath("$.finished").value(true));
		mvc.perform(get("/api/v1/imports").with(as("product@agora.demo"))).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == '" + id + "')].fileName").value("api.csv"));
		mvc.perform(get("/api/v1/imports/{id}/rejections", id).param("page", "0").param("size", "10")
				.with(as("admin@agora.demo"))).andExpect(status().isOk()).andExpect(jsonPath("$.rejected").value(1))
				.andExpect(jsonPath("$.stored").value(1)).andExpect(jsonPath("$.rejections[0].line").value(3))
				.andExpect(jsonPath("$.rejections[0].reason").value("email: not a valid email address."));
	}

	@Test
	void missingFileIsABadRequestProblem() throws Exception {
		mvc.perform(multipart("/api/v1/imports/parties").param("allOrNothing", "true").with(as("admin@agora.demo"))
				.with(csrf())).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.detail").value(containsString("'file'")));
		mvc.perform(post("/api/v1/imports/parties").contentType(MediaType.APPLICATION_JSON).content("{}")
				.with(as("admin@agora.demo")).with(csrf())).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void emptyFileIsABadRequestProblem() throws Exception {
		mvc.perform(multipart("/api/v1/imports/parties").file(file("empty.csv", "")).with(as("admin@agora.demo"))
				.with(csrf())).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value("The file is empty."))
				.andExpect(jsonPath("$.reason").value("EMPTY_FILE"));
	}

	@Test
	void fileThatIsNotCsvIsABadRequestProblem() throws Exception {
		mvc.perform(multipart("/api/v1/imports/parties").file(file("parties.pdf", "%PDF-1.7"))
				.with(as("admin@agora.demo")).with(csrf())).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.reason").value("WRONG_TYPE"));
		var workbook = new MockMultipartFile("file", "parties.csv", "text/csv", new byte[]{'P', 'K', 3, 4, 20, 0});
		mvc.perform(multipart("/api/v1/imports/parties").file(workbook).with(as("admin@agora.demo")).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(containsString("spreadsheet workbook")));
	}

	@Test
	void unknownImportIsANotFoundProblem() throws Exception {
		for (String path : new String[]{"/api/v1/imports/" + UUID.randomUUID(),
				"/api/v1/imports/" + UUID.randomUUID() + "/rejections", "/api/v1/imports/not-a-uuid"}) {
			mvc.perform(get(path).with(as("admin@agora.demo"))).andExpect(status().isNotFound())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.andExpect(jsonPath("$.status").value(404));
		}
	}

	@Test
	void sameFileStillRunningIsAConflictProblem() throws Exception {
		String csv = "given_name,email\nConflict," + unique("conflict") + "@example.com\n";
		UUID running = UUID.randomUUID();
		jobs.insert(new ImportJobs.NewJob(running, "first.csv", csv.length(), sha256(csv), fixtures.admin().accountId(),
				null, "admin@agora.demo", false, Locale.ENGLISH, Instant.now()));
		try {
			mvc.perform(multipart("/api/v1/imports/parties").file(file("again.csv", csv)).with(as("admin@agora.demo"))
					.with(csrf())).andExpect(status().isConflict())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.andExpect(jsonPath("$.importId").value(running.toString()))
					.andExpect(jsonPath("$.reason").value("ALREADY_RUNNING"));
		} finally {
			jobs.finish(running, ImportStatus.FAILED, "test", Instant.now());
		}
	}

	@Test
	void memberIsForbiddenWithAProblem() throws Exception {
		mvc.perform(multipart("/api/v1/imports/parties").file(file("member.csv", "given_name\nX\n"))
				.with(as("dara@agora.demo")).with(csrf())).andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/imports/{id}", UUID.randomUUID()).with(as("prospect@agora.demo")))
				.andExpect(status().isForbidden());
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	private static String sha256(String content) throws Exception {
		return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
	}
}
