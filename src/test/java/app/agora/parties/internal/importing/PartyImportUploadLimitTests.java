package app.agora.parties.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through a real server, as only it parses multipart bodies and enforces their
 * size: a file over the limit (1 MB here) is answered 413 with a problem body.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"spring.servlet.multipart.max-file-size=1MB",
		"spring.servlet.multipart.max-request-size=2MB"})
class PartyImportUploadLimitTests {

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern META_TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	HttpClient http;

	@BeforeEach
	void client() {
		http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@Test
	void tooLargeUploadIsAContentTooLargeProblem() throws Exception {
		String token = signIn("admin@agora.demo");
		byte[] body = multipart("big.csv", ("given_name\n" + "x\n".repeat(750_000)).getBytes(StandardCharsets.UTF_8));

		var response = http.send(HttpRequest.newBuilder(url("/api/v1/imports/parties"))
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("X-CSRF-TOKEN", token)
				.header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":413").contains("too large").doesNotContain("Exception");
	}

	@Test
	void bodyDeclaredOverTheRequestLimitIsRefusedBeforeItIsRead() throws Exception {
		String token = signIn("admin@agora.demo");
		byte[] body = multipart("huge.csv",
				("given_name\n" + "x\n".repeat(1_100_000)).getBytes(StandardCharsets.UTF_8));

		var api = http.send(
				HttpRequest.newBuilder(url("/api/v1/imports/parties"))
						.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
						.header("X-CSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.body()).contains("\"status\":413");

		var form = http.send(
				HttpRequest.newBuilder(url("/imports"))
						.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
						.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(form.statusCode()).isEqualTo(302);
		assertThat(form.headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/imports/new?tooLarge"));
		var page = http.send(HttpRequest.newBuilder(url("/imports/new?tooLarge")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.body()).contains("id=\"file-error\"").contains("This file is larger than 1 MB.");
	}

	@Test
	void fileWithinTheLimitIsAccepted() throws Exception {
		String token = signIn("admin@agora.demo");
		byte[] body = multipart("small.csv",
				("given_name,email\nSmall," + UUID.randomUUID() + "@example.com\n").getBytes(StandardCharsets.UTF_8));

		var response = http.send(
				HttpRequest.newBuilder(url("/api/v1/imports/parties"))
						.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
						.header("X-CSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).startsWith("http://localhost:" + port + "/api/v1/imports/"));
	}

	@Test
	void anonymousCallerIsUnauthorizedWithAProblem() throws Exception {
		var response = http.send(HttpRequest.newBuilder(url("/api/v1/imports/" + UUID.randomUUID())).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"status\":401");
	}

	private static final String BOUNDARY = "agora-test-boundary";

	private static byte[] multipart(String fileName, byte[] content) {
		var out = new ByteArrayOutputStream();
		out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** Signs in through the login form; returns the CSRF token for later calls. */
	private String signIn(String email) throws Exception {
		var login = http.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString());
		var form = FORM_TOKEN.matcher(login.body());
		assertThat(form.find()).isTrue();
		String fields = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=demo&_csrf="
				+ URLEncoder.encode(form.group(1), StandardCharsets.UTF_8);
		var signedIn = http.send(
				HttpRequest.newBuilder(url("/login")).header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(fields)).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(signedIn.headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		var page = http.send(HttpRequest.newBuilder(url("/imports/new")).build(), HttpResponse.BodyHandlers.ofString());
		var meta = META_TOKEN.matcher(page.body());
		assertThat(meta.find()).isTrue();
		return meta.group(1);
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
