package app.agora.federation.internal.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.agora.federation.spi.FacetMapping;
import app.agora.federation.spi.Settings;
import app.agora.federation.spi.SourceDefinition;
import app.agora.federation.spi.SourceRecord;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listing every record of a facet, for linking runs, within each connector's
 * bound.
 */
class ConnectorScanTests {

	@TempDir
	Path folder;

	@Test
	void jdbcRunsTheScanQueryUpToMaxScanRows() throws Exception {
		String url = "jdbc:h2:mem:scan-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (var connection = DriverManager.getConnection(url, "sa", "");
				var statement = connection.createStatement()) {
			statement.execute("create table person (no varchar(10) primary key, name varchar(100))");
			statement.execute("insert into person values ('P-1', 'Ada'), ('P-2', 'Bea'), ('P-3', 'Cy'), ('P-4', 'Di')");
		}
		var connector = new JdbcConnector(source(Map.of("url", url, "username", "sa", "max-scan-rows", "3"),
				facet("profile",
						Map.of("query", "select * from person where no in (:keys)", "scan-query",
								"select * from person order by no"),
						"no"),
				facet("other", Map.of("query", "select * from person where no in (:keys)"), "no")), "FR");
		assertThat(connector.scan("profile")).extracting(SourceRecord::key).containsExactly("P-1", "P-2", "P-3");
		assertThat(connector.scan("profile").getFirst().fields()).containsEntry("name", "Ada");
		assertThatThrownBy(() -> connector.scan("other")).isInstanceOf(UnsupportedOperationException.class)
				.hasMessageContaining("scan-query");
		assertThatThrownBy(() -> connector.scan("nothing")).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void csvListsEveryRowOfTheFacetsFile() throws Exception {
		Files.writeString(folder.resolve("contacts.csv"), "id,name\nD-1,Ada\nD-2,Bea\n", StandardCharsets.UTF_8);
		var connector = new CsvConnector(
				source(Map.of("folder", folder.toString()), facet("profile", Map.of("file", "contacts.csv"), "id")),
				null);
		assertThat(connector.scan("profile")).extracting(SourceRecord::key).containsExactly("D-1", "D-2");
	}

	@Test
	void httpJsonFollowsNextPagesUpToMaxScanPages() throws Exception {
		var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/all", exchange -> {
			try (exchange) {
				String query = exchange.getRequestURI().getRawQuery();
				int page = query == null ? 1 : Integer.parseInt(query.substring("page=".length()));
				byte[] body = ("{\"items\": [{\"id\": \"W-" + page + "\", \"name\": \"n" + page
						+ "\"}], \"next\": \"/all?page=" + (page + 1) + "\"}").getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
			}
		});
		server.start();
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			var connector = new HttpJsonConnector(source(
					Map.of("base-url", base, "max-scan-pages", "3"), facet("profile", Map.of("url",
							"/one?email={email}", "scan-url", "/all", "records", "/items", "next", "/next"), "id"),
					facet("other", Map.of("url", "/one?email={email}"), "id")));
			// The API never stops giving a next page; the scan does, after three.
			assertThat(connector.scan("profile")).extracting(SourceRecord::key).containsExactly("W-1", "W-2", "W-3");
			assertThatThrownBy(() -> connector.scan("other")).isInstanceOf(UnsupportedOperationException.class)
					.hasMessageContaining("scan-url");
		} finally {
			server.stop(0);
		}
	}

	private static FacetMapping facet(String name, Map<String, Object> settings, String key) {
		return new FacetMapping(name, new Settings(settings), key, null, null, Map.of("name", "name"));
	}

	private static SourceDefinition source(Map<String, Object> settings, FacetMapping... facets) {
		return new SourceDefinition("test", "Test", "test", new Settings(new HashMap<>(settings)), List.of(facets),
				Duration.ofSeconds(5), null, new SourceDefinition.Circuit(50, 4, Duration.ofSeconds(30)));
	}
}
