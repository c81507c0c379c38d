package app.agora.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web shop's JSON API, served on a free loopback port: orders (two per
 * page, with a link to the next page) and the offers each customer received
 * with what they did with them. It knows customers only by email.
 */
final class DemoShop {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final int PAGE_SIZE = 2;

	private static final Map<String, String> CUSTOMERS = Map.of("anne-marie@agora.demo", "W-88", "prospect@agora.demo",
			"W-412", "chloe.martin@example.fr", "W-97");

	private static final List<Map<String, Object>> ORDERS = List.of(
			order("W-88", "O-5521", "2024-04-18T19:02:00Z", "Trekking poles, pair", 89.90),
			order("W-88", "O-6120", "2025-05-30T07:45:00Z", "Children's rain jacket, 10 years", 54.00),
			order("W-88", "O-6488", "2025-10-02T20:13:00Z", "Dolomites hut-to-hut guidebook", 24.50),
			order("W-412", "O-7001", "2026-09-25T12:00:00Z", "Headlamp 400 lm", 39.00),
			order("W-97", "O-4410", "2022-03-30T10:00:00Z", "Dry bag 20 l", 19.90));

	private static final List<Map<String, Object>> OFFERS = List.of(
			offer("W-88", "OF-31", "2025-11-05T08:00:00Z", "Dolomites family treks: summer dates", "accepted"),
			offer("W-88", "OF-27", "2025-01-10T08:00:00Z", "Snowshoe weekend in the Aravis", "ignored"),
			offer("W-88", "OF-22", "2024-09-01T08:00:00Z", "GR20 in Corsica, 15 days", "declined"),
			offer("W-412", "OF-40", "2026-09-22T08:00:00Z", "Annapurna circuit early booking", "ignored"),
			offer("W-97", "OF-27", "2025-01-10T08:00:00Z", "Snowshoe weekend in the Aravis", "accepted"));

	/**
	 * The shop's customer accounts, typed in by the customers themselves: a
	 * nickname, another email, a phone written nationally.
	 */
	private static final List<Map<String, Object>> ACCOUNTS = List.of(
			account("W-88", "Anne-Marie Leclerc", "anne-marie@agora.demo", "06 12 34 56 78", "69005", "Lyon"),
			account("W-97", "Chloe Martin", "chloe.martin@example.fr", "0781223344", "74000", "Annecy"),
			account("W-131", "Pierre Leclerc", "pierre.leclerc@free.example", null, "69005", "Lyon"),
			account("W-150", "Tomas Herrera", "tomas.h@gmail.example", "+34 612 345 687", "48001", "Bilbao"),
			account("W-170", "Jonas Muller", "jonas.muller@gmx.example", "+49 151 23456798", "80331", "Munich"),
			account("W-162", "Liam OBrien", "liam.ob@outlook.example", "+353 85 123 4576", null, "Cork"),
			account("W-412", "Priya Natarajan", "prospect@agora.demo", null, "M1 1AE", "Manchester"));

	private final HttpServer server;

	private DemoShop(HttpServer server) {
		this.server = server;
	}

	static DemoShop start() throws IOException {
		var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/api/orders", exchange -> answer(exchange, "orders", ORDERS));
		server.createContext("/api/offers", exchange -> answer(exchange, "offers", OFFERS));
		server.createContext("/api/customers", DemoShop::customers);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
		return new DemoShop(server);
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	void stop() {
		server.stop(0);
	}

	private static void answer(HttpExchange exchange, String kind, List<Map<String, Object>> all) throws IOException {
		try (exchange) {
			var query = query(exchange.getRequestURI().getRawQuery());
			String customer = CUSTOMERS.get(query.getOrDefault("email", ""));
			var mine = all.stream().filter(item -> item.get("customer_id").equals(customer)).toList();
			int page = Math.max(1, Integer.parseInt(query.getOrDefault("page", "1")));
			int from = Math.min(mine.size(), (page - 1) * PAGE_SIZE);
			int to = Math.min(mine.size(), from + PAGE_SIZE);
			var body = new HashMap<String, Object>();
			body.put(kind, mine.subList(from, to));
			if (to < mine.size()) {
				body.put("next",
						"/api/" + kind + "?email="
								+ exchange.getRequestURI().getRawQuery().replaceAll(".*email=([^&]*).*", "$1")
								+ "&page=" + (page + 1));
			}
			byte[] bytes = JSON.writeValueAsBytes(body);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, bytes.length);
			exchange.getResponseBody().write(bytes);
		} catch (RuntimeException e) {
			exchange.sendResponseHeaders(400, -1);
		}
	}

	/**
	 * The customer accounts: the one with the given email, or all of them two per
	 * page with a link to the next page (for a linking run).
	 */
	private static void customers(HttpExchange exchange) throws IOException {
		try (exchange) {
			var query = query(exchange.getRequestURI().getRawQuery());
			String email = query.get("email");
			var chosen = email == null
					? ACCOUNTS
					: ACCOUNTS.stream().filter(a -> email.equals(a.get("email"))).toList();
			int page = Math.max(1, Integer.parseInt(query.getOrDefault("page", "1")));
			int from = Math.min(chosen.size(), (page - 1) * PAGE_SIZE);
			int to = Math.min(chosen.size(), from + PAGE_SIZE);
			var body = new HashMap<String, Object>();
			body.put("customers", chosen.subList(from, to));
			if (email == null && to < chosen.size()) {
				body.put("next", "/api/customers?page=" + (page + 1));
			}
			byte[] bytes = JSON.writeValueAsBytes(body);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, bytes.length);
			exchange.getResponseBody().write(bytes);
		} catch (RuntimeException e) {
			exchange.sendResponseHeaders(400, -1);
		}
	}

	private static Map<String, Object> account(String id, String name, String email, String phone, String postcode,
			String city) {
		var account = new HashMap<String, Object>();
		account.put("customer_id", id);
		account.put("name", name);
		account.put("email", email);
		account.put("phone", phone);
		account.put("postcode", postcode);
		account.put("city", city);
		return account;
	}

	private static Map<String, String> query(String raw) {
		var values = new HashMap<String, String>();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					values.put(pair.substring(0, eq),
							URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return values;
	}

	private static Map<String, Object> order(String customer, String id, String at, String item, double amount) {
		return Map.of("customer_id", customer, "order_id", id, "placed_at", at, "item", item, "total",
				Map.of("amount", amount, "currency", "EUR"));
	}

	private static Map<String, Object> offer(String customer, String id, String at, String title, String response) {
		return Map.of("customer_id", customer, "offer_id", id, "sent_at", at, "title", title, "response", response);
	}
}
