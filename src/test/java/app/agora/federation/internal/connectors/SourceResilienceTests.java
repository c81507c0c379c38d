package app.agora.federation.internal.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import app.agora.federation.CustomerView;
import app.agora.federation.Fact;
import app.agora.federation.SourceState;
import app.agora.federation.SourceStatus;
import app.agora.federation.internal.sources.SourceFileReader;
import app.agora.federation.internal.view.GuardedSource;
import app.agora.federation.internal.view.ViewComposer;
import app.agora.federation.spi.ConnectorFactory;
import app.agora.federation.spi.Lookup;
import com.sun.net.httpserver.HttpServer;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real sources (a second H2 database, CSV files in a folder, HTTP servers on
 * loopback) behind the guards: whatever a source does, the view answers.
 */
class SourceResilienceTests {

	private static final UUID PARTY = UUID.randomUUID();
	private static final Lookup ANNE = new Lookup(PARTY, Set.of(), "anne@example.com", "+33612345678");

	@TempDir
	Path folder;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
	private final AtomicInteger okCalls = new AtomicInteger();
	private HttpServer server;
	private String base;

	@BeforeEach
	void startServer() throws Exception {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		respond("/ok", () -> {
			okCalls.incrementAndGet();
			return "{\"items\":[{\"id\":\"W-1\",\"order\":\"O-1\",\"at\":\"2025-01-02T10:00:00Z\",\"total\":{\"amount\":12.5}}],"
					+ "\"next\":\"/ok2\"}";
		});
		respond("/ok2",
				() -> "{\"items\":[{\"id\":\"W-1\",\"order\":\"O-2\",\"at\":\"2025-02-02\",\"total\":{\"amount\":3}}]}");
		respond("/slow", () -> {
			Thread.sleep(10_000);
			return "[]";
		});
		respond("/garbage", () -> "<html>this is not json");
		respond("/wrong-type", () -> "{\"items\":{\"id\":\"W-1\"}}");
		respond("/wrong-field", () -> "{\"items\":[{\"id\":\"W-1\",\"order\":{\"nested\":true}}]}");
		respond("/huge", () -> "{\"items\":[" + "{\"id\":\"W-1\",\"order\":\"x\"},".repeat(20_000) + "{}]}");
		respond("/empty", () -> "");
		// Chunked: no length said up front, so the limit is found while reading.
		server.createContext("/huge-chunked", exchange -> {
			try (exchange) {
				exchange.sendResponseHeaders(200, 0);
				exchange.getResponseBody().write("{\"items\":[".getBytes(StandardCharsets.UTF_8));
				for (int i = 0; i < 20_000; i++) {
					exchange.getResponseBody()
							.write("{\"id\":\"W-1\",\"order\":\"x\"},".getBytes(StandardCharsets.UTF_8));
				}
				exchange.getResponseBody().write("{}]}".getBytes(StandardCharsets.UTF_8));
			} catch (java.io.IOException e) {
				// the connector hung up once it had read enough
			}
		});
		server.createContext("/fail", exchange -> {
			exchange.sendResponseHeaders(500, -1);
			exchange.close();
		});
		server.start();
		base = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@AfterEach
	void stop() {
		server.stop(0);
		executor.shutdownNow();
	}

	@Test
	void healthySourcesAnswerWithSourceKeyAndAsOf() {
		var view = view(http("shop", "/ok", ""));
		assertThat(view.partial()).isFalse();
		assertThat(view.facets().get("transactions")).extracting(Fact::recordKey).containsExactly("O-2", "O-1");
		var newest = view.facets().get("transactions").getFirst();
		assertThat(newest.source()).isEqualTo("shop");
		assertThat(newest.asOf()).isEqualTo(Instant.parse("2025-02-02T00:00:00Z"));
		assertThat(newest.fields()).containsEntry("amount", 3);
	}

	@Test
	void deadSourceGivesPartialView() {
		var view = view(http("slow", "/slow", "") + http("shop", "/ok", ""));
		assertThat(view.partial()).isTrue();
		assertThat(status(view, "slow").status()).isEqualTo(SourceState.TIMEOUT);
		assertThat(status(view, "shop").status()).isEqualTo(SourceState.OK);
		assertThat(view.facets().get("transactions")).hasSize(2);
	}

	@Test
	void garbageWrongTypesHugeAndEmptyAnswersAreReportedNotThrown() {
		var view = view(http("garbage", "/garbage", "") + http("wrong-type", "/wrong-type", "")
				+ http("wrong-field", "/wrong-field", "") + http("huge", "/huge", "    max-bytes: 100000\n")
				+ http("huge-chunked", "/huge-chunked", "    max-bytes: 100000\n") + http("empty", "/empty", "")
				+ http("shop", "/ok", ""));
		assertThat(view.partial()).isTrue();
		for (String broken : List.of("garbage", "wrong-type", "wrong-field", "huge", "huge-chunked", "empty")) {
			assertThat(status(view, broken).status()).as(broken).isEqualTo(SourceState.ERROR);
			assertThat(status(view, broken).message()).as(broken).isNotBlank();
		}
		assertThat(status(view, "huge").message()).contains("larger than");
		assertThat(status(view, "huge-chunked").message()).contains("larger than");
		assertThat(view.facets().get("transactions")).extracting(Fact::source).containsOnly("shop");
	}

	@Test
	void failingSourceOpensTheCircuit() {
		var composer = composer(http("flaky", "/fail", "    circuit:\n      minimum-calls: 2\n      open-for: PT5M\n"));
		view(composer);
		view(composer);
		var third = view(composer);
		assertThat(status(third, "flaky").status()).isEqualTo(SourceState.CIRCUIT_OPEN);
		assertThat(third.partial()).isTrue();
	}

	@Test
	void repeatedViewComesFromTheCache() {
		var composer = composer(http("shop", "/ok", "    cache: PT10M\n"));
		var first = view(composer);
		var second = view(composer);
		assertThat(status(first, "shop").cached()).isFalse();
		assertThat(status(second, "shop").cached()).isTrue();
		assertThat(second.facets().get("transactions")).hasSize(2);
		assertThat(okCalls).hasValue(1);
	}

	@Test
	void jdbcSourceFindsRecordsByLinkedKeyOrContactPoint() throws Exception {
		String url = "jdbc:h2:mem:billing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
			statement.execute("create table customer (no varchar(10), email varchar(100), phone varchar(20), "
					+ "name varchar(100), since date)");
			statement
					.execute("insert into customer values ('C-1', 'ANNE@example.com', null, 'Anne', date '2023-05-02'),"
							+ " ('C-2', 'other@example.com', '+33612345678', 'Annie', date '2024-01-01'),"
							+ " ('C-3', 'old@example.com', null, 'A. L.', date '2020-01-01'),"
							+ " ('C-4', 'someone@example.com', null, 'Someone', date '2020-01-01')");
		}
		var composer = composer("""
				  - id: billing
				    connector: jdbc
				    settings:
				      url: %s
				    facets:
				      profile:
				        query: select * from customer where no in (:keys) or lower(email) = :email or phone = :phone
				        key: no
				        as-of: since
				        fields:
				          name: name
				""".formatted(url));
		var view = composer.compose(PARTY,
				composer.ask(source -> new Lookup(PARTY, Set.of("C-3"), "anne@example.com", "+33612345678")));
		assertThat(view.facets().get("profile")).extracting(Fact::recordKey).containsExactlyInAnyOrder("C-1", "C-2",
				"C-3");
	}

	@Test
	void csvSourceReadsAgainWhenAnExportChanges() throws Exception {
		Path tickets = folder.resolve("tickets.csv");
		Files.writeString(tickets, "ticket,contact,email,phone,subject\nT-1,S-1,Anne@Example.com,,Lost bag\n"
				+ "T-2,S-2,x@example.com,06 12 34 56 78,Refund\nT-3,S-3,y@example.com,,Not hers\n");
		var composer = composer("""
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
				        phone-column: phone
				        fields:
				          subject: subject
				""".formatted(folder));
		assertThat(view(composer).facets().get("interactions")).extracting(Fact::recordKey)
				.containsExactlyInAnyOrder("T-1", "T-2");

		Files.writeString(tickets, Files.readString(tickets) + "T-4,S-1,anne@example.com,,Second ticket\n");
		Files.setLastModifiedTime(tickets, FileTime.from(Instant.now().plusSeconds(5)));
		assertThat(view(composer).facets().get("interactions")).extracting(Fact::recordKey)
				.containsExactlyInAnyOrder("T-1", "T-2", "T-4");
	}

	@Test
	void newFacetNameNeedsNoCode() throws Exception {
		Files.writeString(folder.resolve("badges.csv"), "contact,email,badge\nS-1,anne@example.com,Summit 4000\n");
		var view = view("""
				  - id: club
				    connector: csv
				    settings:
				      folder: %s
				    facets:
				      summit-badges:
				        file: badges.csv
				        key: contact
				        email-column: email
				        fields:
				          badge: badge
				""".formatted(folder));
		assertThat(view.facets()).containsKey("summit-badges");
		assertThat(view.facets().get("summit-badges").getFirst().fields()).isEqualTo(Map.of("badge", "Summit 4000"));
	}

	private String http(String id, String path, String extra) {
		return """
				  - id: %s
				    connector: http-json
				    timeout: PT1S
				%s    settings:
				      base-url: %s
				%s    facets:
				      transactions:
				        url: %s?email={email}
				        records: /items
				        next: /next
				        key: id
				        id: order
				        as-of: at
				        fields:
				          amount: /total/amount
				""".formatted(id, extra.contains("circuit") || extra.contains("cache") ? extra : "", base,
				extra.contains("max-bytes") ? "  " + extra.strip().replace("max-bytes", "    max-bytes") + "\n" : "",
				path);
	}

	private ViewComposer composer(String sources) {
		Map<String, ConnectorFactory> factories = Map.of("jdbc", new JdbcConnectorFactory(), "csv",
				new CsvConnectorFactory(new app.agora.parties.ContactKeys("FR")), "http-json",
				new HttpJsonConnectorFactory());
		var definitions = new SourceFileReader(factories).read("test.yaml", new StringReader("sources:\n" + sources));
		return new ViewComposer(definitions.stream()
				.map(d -> new GuardedSource(d, factories.get(d.connector()), text -> text, executor)).toList());
	}

	private CustomerView view(String sources) {
		return view(composer(sources));
	}

	private static CustomerView view(ViewComposer composer) {
		return composer.compose(PARTY, composer.ask(source -> ANNE));
	}

	private static SourceStatus status(CustomerView view, String source) {
		return view.sources().stream().filter(s -> s.source().equals(source)).findFirst().orElseThrow();
	}

	private interface Body {
		String get() throws Exception;
	}

	private void respond(String path, Body body) {
		server.createContext(path, exchange -> {
			try (exchange) {
				byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
				if (bytes.length > 0) {
					exchange.getResponseBody().write(bytes);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (Exception e) {
				throw new java.io.IOException(e);
			}
		});
	}
}
