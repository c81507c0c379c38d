package app.agora.federation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real sources for linking tests: a second H2 database read by {@code jdbc}, a
 * temporary folder of CSV exports read by {@code csv}, and a loopback JSON API
 * read by {@code http-json} (two records per page, so scans follow next links).
 * The API can be held, so that a run stays in progress while a test looks at
 * it.
 */
final class LinkingSources {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final Path folder;
	final String crmUrl;
	private final HttpServer server;
	private volatile CountDownLatch hold;

	static final List<Map<String, Object>> WEB = List.of(
			customer("W-1", "Oceane Dubreuil", "oceane.dubreuil@example.fr", null, "Rennes"),
			customer("W-2", "Yannick Morvan", "yannick.m@other.example", "06 44 55 66 78", "Brest"),
			customer("W-3", "Gaspard Lenoir", "gaspard.lenoir@example.fr", null, "Nantes"));

	LinkingSources() {
		try {
			folder = Files.createTempDirectory("agora-linking");
			Files.writeString(folder.resolve("contacts.csv"), """
					contact_id,name,email,phone
					D-1,Océane Dubreuil,oceane.d@mail.example,06.11.22.33.01
					D-6,Bruno Vidal,bruno.vidal@example.fr,06 21 43 65 87
					""", StandardCharsets.UTF_8);
			crmUrl = "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
			try (var connection = DriverManager.getConnection(crmUrl, "crm", "");
					var statement = connection.createStatement()) {
				statement.execute("""
						create table person (person_no varchar(20) primary key, full_name varchar(200),
						  email varchar(200), phone varchar(30), city varchar(100))""");
				statement.execute("""
						insert into person values
						('P-1', 'Oceane DUBREUIL', 'oceane.dubreuil@example.fr', '+33611223301', 'Rennes'),
						('P-2', 'Gaspard Lenoir', 'gaspard.lenoir@example.fr', '+33699887766', 'Nantes'),
						('P-5', 'Helene Quere', 'helene.quere@example.fr', '+33655443322', 'Quimper'),
						('P-7', 'Zoe Carpentier', 'zoe.carpentier@example.fr', '+33677889900', 'Lille')""");
			}
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/customers", this::customers);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
			Files.writeString(folder.resolve("sources.yaml"), sourcesFile(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	String sourcesLocation() {
		return "file:" + folder.resolve("sources.yaml");
	}

	/** Holds every answer of the JSON API until {@link #release()}. */
	void hold() {
		hold = new CountDownLatch(1);
	}

	void release() {
		var latch = hold;
		hold = null;
		if (latch != null) {
			latch.countDown();
		}
	}

	void appendContact(String line) throws IOException {
		Files.writeString(folder.resolve("contacts.csv"), line + "\n", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.APPEND);
	}

	private void customers(HttpExchange exchange) throws IOException {
		try (exchange) {
			var latch = hold;
			if (latch != null) {
				latch.await(30, TimeUnit.SECONDS);
			}
			String query = exchange.getRequestURI().getRawQuery();
			int page = query != null && query.startsWith("page=") ? Integer.parseInt(query.substring(5)) : 1;
			int from = Math.min(WEB.size(), (page - 1) * 2);
			int to = Math.min(WEB.size(), from + 2);
			var body = new HashMap<String, Object>();
			body.put("customers", WEB.subList(from, to));
			if (to < WEB.size()) {
				body.put("next", "/customers?page=" + (page + 1));
			}
			byte[] bytes = JSON.writeValueAsBytes(body);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, bytes.length);
			exchange.getResponseBody().write(bytes);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private String sourcesFile() {
		return """
				sources:
				  - id: agora
				    connector: agora
				    identity:
				      facet: profile
				      fields: {name: name, email: email, phone: phone, city: city}
				    facets:
				      profile:
				        from: party
				        key: id
				        fields: {name: displayName, email: email, phone: phone, city: city}
				  - id: crm
				    connector: jdbc
				    settings:
				      url: "%s"
				      username: crm
				      password: ""
				    identity:
				      facet: profile
				      fields: {name: name, email: email, phone: phone, city: city}
				    facets:
				      profile:
				        query: select * from person where person_no in (:keys) or lower(email) = :email or phone = :phone
				        scan-query: select * from person
				        key: person_no
				        fields: {name: full_name, email: email, phone: phone, city: city}
				  - id: desk
				    connector: csv
				    settings: {folder: "%s", phone-region: FR}
				    identity:
				      facet: contact-points
				      fields: {name: name, email: email, phone: phone}
				    facets:
				      contact-points:
				        file: contacts.csv
				        key: contact_id
				        email-column: email
				        phone-column: phone
				        fields: {name: name, email: email, phone: phone}
				  - id: web
				    connector: http-json
				    settings:
				      base-url: "%s"
				    identity:
				      facet: profile
				      fields: {name: name, email: email, phone: phone, city: city}
				    facets:
				      profile:
				        url: /customers?email={email}
				        scan-url: /customers
				        records: /customers
				        next: /next
				        key: id
				        fields: {name: name, email: email, phone: phone, city: city}
				"""
				.formatted(crmUrl, folder.toString().replace("\\\\", "/"),
						"http://127.0.0.1:" + server.getAddress().getPort());
	}

	private static Map<String, Object> customer(String id, String name, String email, String phone, String city) {
		var customer = new HashMap<String, Object>();
		customer.put("id", id);
		customer.put("name", name);
		customer.put("email", email);
		customer.put("phone", phone);
		customer.put("city", city);
		return customer;
	}
}
