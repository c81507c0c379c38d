package app.agora.federation.internal.connectors;

import static app.agora.federation.internal.connectors.SourceTestBench.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.agora.federation.Fact;
import app.agora.federation.SourceState;
import app.agora.federation.internal.sources.SourceConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each connector makes of bad answers beyond those of
 * {@link SourceResilienceTests} (the jdbc ones are in
 * {@link JdbcConnectorContract}): an error status with a message that says what
 * is wrong, beside the healthy sources' facts, never a broken view.
 */
class SourceBadInputTests {

	@TempDir
	Path folder;

	private SourceTestBench bench;

	@BeforeEach
	void start() throws Exception {
		bench = new SourceTestBench();
		bench.json("/ok", "[{\"id\":\"K-1\",\"order\":\"O-1\"}]");
	}

	@AfterEach
	void stop() {
		bench.close();
	}

	@Test
	void anHtmlErrorPageIsAnErrorStatus() {
		bench.answer("/proxy-error", 502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
		bench.answer("/login-page", 200, "text/html", "<!DOCTYPE html><html><body>Please sign in</body></html>");
		var view = bench.view(
				"sources:\n" + http("proxy", "/proxy-error") + http("login", "/login-page") + http("shop", "/ok"));
		assertThat(status(view, "proxy").status()).isEqualTo(SourceState.ERROR);
		assertThat(status(view, "proxy").message()).contains("HTTP 502");
		assertThat(status(view, "login").status()).isEqualTo(SourceState.ERROR);
		assertThat(status(view, "login").message()).contains("not JSON");
		assertThat(view.partial()).isTrue();
		assertThat(view.facets().get("transactions")).extracting(Fact::source).containsExactly("shop");
	}

	@Test
	void recordsOfTheWrongShapeAreAnErrorStatus() {
		bench.json("/numbers", "[1, 2, 3]");
		bench.json("/no-key", "[{\"order\":\"O-1\"}]");
		bench.json("/object-key", "[{\"id\":{\"a\":1},\"order\":\"O-1\"}]");
		bench.json("/bad-date", "[{\"id\":\"K-1\",\"order\":\"O-1\",\"at\":\"yesterday\"}]");
		bench.json("/truncated", "[{\"id\":\"K-1\",\"order\":");
		var view = bench.view("sources:\n" + http("numbers", "/numbers") + http("no-key", "/no-key")
				+ http("object-key", "/object-key") + http("bad-date", "/bad-date") + http("truncated", "/truncated"));
		assertThat(status(view, "numbers").message()).contains("expected a record object");
		assertThat(status(view, "no-key").message()).contains("has no 'id'");
		assertThat(status(view, "object-key").message()).contains("'id' holds OBJECT");
		assertThat(status(view, "bad-date").message()).contains("not a date").contains("yesterday");
		assertThat(status(view, "truncated").message()).contains("not JSON");
		assertThat(view.sources()).allSatisfy(s -> assertThat(s.status()).isEqualTo(SourceState.ERROR));
	}

	@Test
	void aCsvExportWithoutAMappedColumnIsAnErrorStatus() throws Exception {
		Files.writeString(folder.resolve("tickets.csv"), "ticket,contact,email\nT-1,S-1,anne@example.com\n");
		var view = bench.view("""
				sources:
				  - id: support
				    connector: csv
				    settings:
				      folder: %s
				    facets:
				      interactions:
				        file: tickets.csv
				        key: contact
				        id: ticket
				        email-column: email
				        fields:
				          subject: subject
				""".formatted(folder));
		assertThat(status(view, "support").status()).isEqualTo(SourceState.ERROR);
		assertThat(status(view, "support").message()).contains("tickets.csv has no column 'subject'");
	}

	@Test
	void anEmptyOrMissingCsvExportIsAnErrorStatus() throws Exception {
		Files.writeString(folder.resolve("empty.csv"), "");
		var view = bench.view(csv("empty", "empty.csv") + csv("missing", "missing.csv").replace("sources:\n", ""));
		assertThat(status(view, "empty").status()).isEqualTo(SourceState.ERROR);
		assertThat(status(view, "empty").message()).contains("has no column 'contact'");
		assertThat(status(view, "missing").status()).isEqualTo(SourceState.ERROR);
		assertThat(status(view, "missing").message()).contains("no file missing.csv");
	}

	@Test
	void anUnknownPhoneRegionStopsTheStartWithItsLine() {
		assertThatThrownBy(() -> SourceTestBench.read("""
				sources:
				  - id: billing
				    connector: jdbc
				    settings:
				      url: jdbc:h2:mem:x
				      phone-region: Narnia
				    facets:
				      profile:
				        query: select 1
				        key: no
				""")).isInstanceOf(SourceConfigException.class).hasMessageContaining("line 6")
				.hasMessageContaining("sources[0].settings.phone-region");
	}

	private String http(String id, String path) {
		return """
				  - id: %s
				    connector: http-json
				    timeout: PT2S
				    settings:
				      base-url: %s
				    facets:
				      transactions:
				        url: %s?email={email}
				        key: id
				        id: order
				        as-of: at
				""".formatted(id, bench.base(), path);
	}

	private String csv(String id, String file) {
		return """
				sources:
				  - id: %s
				    connector: csv
				    settings:
				      folder: %s
				    facets:
				      interactions:
				        file: %s
				        key: contact
				""".formatted(id, folder, file);
	}
}
