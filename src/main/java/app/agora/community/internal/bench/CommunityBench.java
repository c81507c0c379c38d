package app.agora.community.internal.bench;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The community's benchmarks against a running Agora on PostgreSQL
 * (docs/BENCHMARKS.md; bench/community.sh starts the application and calls
 * this):
 *
 * <pre>
 * seed   [--posts 1000000]
 * thread [--clients 64 --seconds 30 --warmup-seconds 10 --spread zipf|uniform]
 * post   [--rate 200 --seconds 60 --warmup-seconds 30 --writers 32 --catch-up-limit-s 60]
 * </pre>
 *
 * with
 * {@code --base http://127.0.0.1:8096 --db-url jdbc:postgresql://… --db-user
 * postgres --db-password ''}. The last line printed holds the figures as
 * {@code name=value} pairs; the exit status is 1 when a request failed or a
 * post was lost or duplicated.
 */
public final class CommunityBench {

	private CommunityBench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			System.err.println("usage: CommunityBench seed|thread|post [--name value ...]");
			System.exit(2);
		}
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		String url = options.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/agora_bench");
		String user = options.getOrDefault("db-user", "postgres");
		String password = options.getOrDefault("db-password", "");
		String base = options.getOrDefault("base", "http://127.0.0.1:8096");
		int status = switch (args[0]) {
			case "seed" -> {
				long posts = CommunitySeed.seed(url, user, password,
						Long.parseLong(options.getOrDefault("posts", "1000000")));
				System.out.println("bench_posts=" + posts);
				yield 0;
			}
			case "thread" -> thread(base, url, user, password, options);
			case "post" -> post(base, url, user, password, options);
			default -> {
				System.err.println("unknown command " + args[0]);
				yield 2;
			}
		};
		System.exit(status);
	}

	private static int thread(String base, String url, String user, String password, Map<String, String> options)
			throws Exception {
		var uri = java.net.URI.create(base);
		var targets = PageLoad.targets(url, user, password);
		if (targets.isEmpty()) {
			System.err.println("No bench thread: run the seed first.");
			return 1;
		}
		int clients = Integer.parseInt(options.getOrDefault("clients", "64"));
		boolean zipf = !"uniform".equals(options.getOrDefault("spread", "zipf"));
		System.out.printf(Locale.ROOT, "%d clients, %d bench threads, %s choice of thread%n", clients, targets.size(),
				zipf ? "Zipf" : "uniform");
		var r = PageLoad.run(uri.getHost(), uri.getPort(), targets, clients,
				Integer.parseInt(options.getOrDefault("warmup-seconds", "10")),
				Integer.parseInt(options.getOrDefault("seconds", "30")), zipf);
		System.out.printf(Locale.ROOT,
				"pages_per_s=%.0f p50_ms=%.1f p99_ms=%.1f errors=%d pages=%d cache_hits=%.1f%%%n",
				r.pages() / r.seconds(), PageLoad.percentileMillis(r.latenciesNanos(), 50),
				PageLoad.percentileMillis(r.latenciesNanos(), 99), r.errors(), r.pages(),
				r.pages() == 0 ? 0.0 : 100.0 * r.cacheHits() / r.pages());
		if (r.errors() > 0 || r.pages() == 0) {
			System.err.println("FAILED: " + r.errors() + " pages were not answered 200 (" + r.pages() + " asked)");
			return 1;
		}
		return 0;
	}

	private static int post(String base, String url, String user, String password, Map<String, String> options)
			throws Exception {
		String run = Long.toString(System.currentTimeMillis(), 36);
		var tokens = new ArrayList<String>();
		for (String email : PostLoad.WRITERS) {
			tokens.add(PostLoad.token(base, email, "demo", run));
		}
		var threads = PostLoad.threads(url, user, password);
		if (threads.isEmpty()) {
			System.err.println("No bench thread: run the seed first.");
			return 1;
		}
		int rate = Integer.parseInt(options.getOrDefault("rate", "200"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
		int writers = Integer.parseInt(options.getOrDefault("writers", "32"));
		long limit = Long.parseLong(options.getOrDefault("catch-up-limit-s", "60")) * 1000;
		int warmup = Integer.parseInt(options.getOrDefault("warmup-seconds", "30"));
		if (warmup > 0) {
			// a fresh JVM compiles the posting path for its first minute or so (a fifth of
			// Agora's CPU): the same load first, not counted, then everything caught up
			var w = PostLoad.run(base, tokens, threads, run + "w", rate, warmup, writers);
			System.out.println("warm-up, not counted: " + PostLoad.describe(w));
			try (var db = DriverManager.getConnection(url, user, password)) {
				long waited = System.nanoTime();
				while (single(db, "select count(*) from event_publication where completion_date is null", null)
						+ single(db, "select count(*) from community_search_queue", null)
						+ single(db, "select count(*) from community_notice_queue", null) > 0
						&& System.nanoTime() - waited < limit * 1_000_000) {
					Thread.sleep(100);
				}
			}
		}
		System.out.printf(Locale.ROOT, "run %s: %d writers' tokens, %d replies/s for %d s, at most %d at once%n", run,
				tokens.size(), rate, seconds, writers);
		var r = PostLoad.run(base, tokens, threads, run, rate, seconds, writers);
		long loadEnded = System.nanoTime();
		System.out.println(PostLoad.describe(r));
		try (var db = DriverManager.getConnection(url, user, password)) {
			long incomplete;
			long unindexed;
			long unnotified;
			long catchUp;
			do {
				// Listeners of other modules: event publications; search and notifications:
				// their
				// queues (a post leaves them once indexed, or notified, and committed).
				incomplete = single(db, "select count(*) from event_publication where completion_date is null", null);
				unindexed = single(db, "select count(*) from community_search_queue", null);
				unnotified = single(db, "select count(*) from community_notice_queue", null);
				catchUp = (System.nanoTime() - loadEnded) / 1_000_000;
				if (incomplete + unindexed + unnotified > 0) {
					Thread.sleep(20);
				}
			} while (incomplete + unindexed + unnotified > 0 && catchUp < limit);
			long stored = single(db, "select count(*) from community_post where source like ?",
					"bench-reply " + run + "-%");
			long distinct = single(db, "select count(distinct source) from community_post where source like ?",
					"bench-reply " + run + "-%");
			long lost = r.accepted() - distinct;
			System.out.printf(Locale.ROOT,
					"posts_per_s=%.1f posted=%d stored=%d duplicates=%d lost=%d errors=%d post_p99_ms=%.1f "
							+ "incomplete_events=%d unindexed=%d unnotified=%d catch_up_ms=%d%n",
					r.accepted() / r.seconds(), r.accepted(), stored, stored - distinct, lost, r.errors(),
					r.p99Millis(), incomplete, unindexed, unnotified, catchUp);
			if (lost != 0 || stored != distinct || r.errors() > 0 || incomplete + unindexed + unnotified > 0) {
				System.err.println("FAILED: posts lost, duplicated or refused, or events not caught up");
				return 1;
			}
			return 0;
		}
	}

	private static long single(java.sql.Connection db, String sql, Object parameter) throws SQLException {
		try (var ps = db.prepareStatement(sql)) {
			if (parameter != null) {
				ps.setObject(1, parameter);
			}
			try (var rs = ps.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}
}
