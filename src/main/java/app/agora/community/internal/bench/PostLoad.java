package app.agora.community.internal.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

/**
 * Signed-in writers posting replies through the API with personal API tokens,
 * at a fixed rate (open loop: a reply is sent when its time comes, whether or
 * not earlier ones are answered, at most {@code writers} at once, each on a
 * kept-alive {@link PlainConnection} so that the tool takes little CPU). Each
 * reply carries a unique mark, so that the database can be asked afterwards how
 * many were stored once, twice or not at all.
 */
final class PostLoad {

	static final List<String> WRITERS = List.of("anne-marie@agora.demo", "dara@agora.demo", "prospect@agora.demo",
			"agent@agora.demo", "sales@agora.demo", "product@agora.demo");
	private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
	private static final Pattern META_CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
	private static final Pattern META_HEADER = Pattern.compile("name=\"csrf-header\" content=\"([^\"]+)\"");
	private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"");

	record Result(long sent, long accepted, long errors, double seconds, double p99Millis) {
	}

	private PostLoad() {
	}

	/**
	 * Signs in as the account and makes a personal API token with the write scope;
	 * answers its secret.
	 */
	static String token(String base, String email, String password, String run)
			throws IOException, InterruptedException {
		var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
				.build();
		String login = http
				.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
				.body();
		String form = "email=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(find(FORM_CSRF, login));
		var signedIn = http.send(
				HttpRequest.newBuilder(URI.create(base + "/login"))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
				HttpResponse.BodyHandlers.discarding());
		String where = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || where.contains("error")) {
			throw new IllegalStateException("Could not sign in as " + email + " (" + signedIn.statusCode() + " " + where
					+ "); is the demo seeded?");
		}
		String page = http.send(HttpRequest.newBuilder(URI.create(base + "/account/tokens")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		var created = http.send(
				HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
						.header("Content-Type", "application/json")
						.header(find(META_HEADER, page), find(META_CSRF, page))
						.POST(HttpRequest.BodyPublishers.ofString(
								"{\"name\":\"bench " + run + "\",\"scopes\":[\"write\"],\"expiresInDays\":1}"))
						.build(),
				HttpResponse.BodyHandlers.ofString());
		if (created.statusCode() != 201) {
			throw new IllegalStateException(
					"No token for " + email + ": " + created.statusCode() + " " + created.body());
		}
		return find(SECRET, created.body());
	}

	record ReplyTarget(String slug, long id) {
	}

	static List<ReplyTarget> threads(String url, String user, String password) throws SQLException {
		var threads = new ArrayList<ReplyTarget>();
		try (var db = DriverManager.getConnection(url, user, password);
				var st = db.createStatement();
				var rs = st.executeQuery("""
						select s.slug, t.id from community_thread t join community_space s on s.id = t.space_id
						where s.slug like 'bench-%' and t.status = 'VISIBLE' and not t.locked order by t.id""")) {
			while (rs.next()) {
				threads.add(new ReplyTarget(rs.getString(1), rs.getLong(2)));
			}
		}
		return threads;
	}

	static Result run(String base, List<String> tokens, List<ReplyTarget> threads, String run, int rate, int seconds,
			int writers) throws InterruptedException {
		URI server = URI.create(base);
		// at most `writers` replies at once, each on a kept-alive connection of its own
		var connections = new ArrayBlockingQueue<PlainConnection>(writers);
		for (int i = 0; i < writers; i++) {
			connections.add(new PlainConnection(server.getHost(), server.getPort()));
		}
		var accepted = new AtomicLong();
		var errors = new AtomicLong();
		long total = (long) rate * seconds;
		long[] latencies = new long[(int) total];
		long start = System.nanoTime();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < total; i++) {
				long due = start + i * 1_000_000_000L / rate;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				PlainConnection connection = connections.take();
				int n = i;
				executor.submit(() -> {
					try {
						ReplyTarget thread = threads.get((int) ((n * 2654435761L) % threads.size()));
						byte[] body = ("{\"text\":\"bench-reply " + run + "-" + n
								+ ": we did this stage in **June**; see [the huts](https://www.example.org/huts).\"}")
								.getBytes(StandardCharsets.UTF_8);
						long sent = System.nanoTime();
						var answer = connection.exchange("POST",
								"/api/v1/community/spaces/" + thread.slug() + "/threads/" + thread.id() + "/posts",
								"Authorization: Bearer " + tokens.get(n % tokens.size())
										+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\n",
								body, true);
						latencies[n] = System.nanoTime() - sent;
						if (answer.status() == 201) {
							accepted.incrementAndGet();
						} else if (errors.incrementAndGet() <= 3) {
							System.err.println("reply " + n + ": " + answer.status() + " " + answer.body());
						}
					} catch (IOException e) {
						if (errors.incrementAndGet() <= 3) {
							System.err.println("reply " + n + ": " + e);
						}
					} finally {
						connections.add(connection);
					}
					return null;
				});
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		connections.forEach(PlainConnection::close);
		java.util.Arrays.sort(latencies);
		return new Result(total, accepted.get(), errors.get(), elapsed, PageLoad.percentileMillis(latencies, 99));
	}

	private static String find(Pattern pattern, String text) {
		var m = pattern.matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("Not found on the page: " + pattern);
		}
		return m.group(1);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String describe(Result r) {
		return String.format(Locale.ROOT, "sent %d replies in %.1f s, %d accepted, %d refused or failed, p99 %.1f ms",
				r.sent(), r.seconds(), r.accepted(), r.errors(), r.p99Millis());
	}
}
