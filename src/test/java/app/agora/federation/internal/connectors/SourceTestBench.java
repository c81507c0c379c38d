package app.agora.federation.internal.connectors;

import app.agora.federation.CustomerView;
import app.agora.federation.SourceStatus;
import app.agora.federation.internal.sources.SourceFileReader;
import app.agora.federation.internal.view.GuardedSource;
import app.agora.federation.internal.view.ViewComposer;
import app.agora.federation.spi.ConnectorFactory;
import app.agora.federation.spi.Lookup;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server and the real sources-file reader, guards and
 * connectors, for tests of what connectors make of what sources answer.
 */
final class SourceTestBench implements AutoCloseable {

	static final UUID PARTY = UUID.randomUUID();
	static final Lookup ANNE = new Lookup(PARTY, Set.of("K-1"), "anne@example.com", "+33612345678");

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
	private final HttpServer server;

	SourceTestBench() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(executor);
		server.start();
	}

	String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Answers every call to the path with this status, content type and body. */
	SourceTestBench answer(String path, int status, String contentType, String body) {
		server.createContext(path, exchange -> {
			try (exchange) {
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", contentType);
				exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
				if (bytes.length > 0) {
					exchange.getResponseBody().write(bytes);
				}
			}
		});
		return this;
	}

	SourceTestBench json(String path, String body) {
		return answer(path, 200, "application/json", body);
	}

	static Map<String, ConnectorFactory> factories() {
		return Map.of("jdbc", new JdbcConnectorFactory(), "csv",
				new CsvConnectorFactory(new app.agora.parties.ContactKeys("FR")), "http-json",
				new HttpJsonConnectorFactory());
	}

	static void read(String yaml) {
		new SourceFileReader(factories()).read("sources.yaml", new StringReader(yaml));
	}

	CustomerView view(String yaml) {
		var factories = factories();
		var definitions = new SourceFileReader(factories).read("sources.yaml", new StringReader(yaml));
		var composer = new ViewComposer(definitions.stream()
				.map(d -> new GuardedSource(d, factories.get(d.connector()), text -> text, executor)).toList());
		return composer.compose(PARTY, composer.ask(source -> ANNE));
	}

	static SourceStatus status(CustomerView view, String source) {
		return view.sources().stream().filter(s -> s.source().equals(source)).findFirst().orElseThrow();
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
