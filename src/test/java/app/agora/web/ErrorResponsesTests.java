package app.agora.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors no controller answers, over real HTTP: problem details for the API, a
 * plain page for people.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorResponsesTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String accept) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
				.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void anUnknownApiPathAnswersAProblem() throws Exception {
		var response = get("/api/v1/no-such-thing", "application/json");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":401").doesNotContain("Exception");
	}

	@Test
	void anUnknownPageShowsTheErrorPageWithoutInternals() throws Exception {
		var response = get("/swagger-ui/nothing-here.txt", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Back to the start").doesNotContain("Exception").doesNotContain("at org.");
	}
}
