package app.agora.community.internal.bench;

import java.io.IOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A closed-loop load of signed-out readers on thread pages: {@code clients}
 * workers, each on its own keep-alive HTTP/1.1 connection, ask for thread pages
 * one after the other for {@code seconds} after a warm-up. The client is a
 * plain socket that reads the status line, the headers and the body (fixed
 * length or chunked), so that it takes as little of the machine's CPU as it can
 * from the server it measures. Which page: a bench thread drawn by a Zipf law
 * (popular threads are read most; {@code --spread uniform} draws them all
 * alike), then one of its pages, all alike.
 */
final class PageLoad {

	record Target(String path, int pages) {
	}

	record Result(long pages, double seconds, long errors, long cacheHits, long[] latenciesNanos) {
	}

	private PageLoad() {
	}

	static List<Target> targets(String url, String user, String password) throws SQLException {
		var targets = new ArrayList<Target>();
		try (var db = DriverManager.getConnection(url, user, password);
				var st = db.createStatement();
				var rs = st.executeQuery("""
						select s.slug, t.id, t.post_count, t.title from community_thread t
						join community_space s on s.id = t.space_id
						where s.slug like 'bench-%' and t.status = 'VISIBLE' order by t.id""")) {
			while (rs.next()) {
				String path = "/community/" + rs.getString(1) + "/t/" + rs.getLong(2) + "-"
						+ app.agora.community.Slugs.of(rs.getString(4));
				targets.add(new Target(path, Math.max(1, (rs.getInt(3) + 19) / 20)));
			}
		}
		return targets;
	}

	static Result run(String host, int port, List<Target> targets, int clients, int warmupSeconds, int seconds,
			boolean zipf) throws InterruptedException {
		var measuring = new AtomicBoolean(false);
		var stop = new AtomicBoolean(false);
		var workers = new Worker[clients];
		var threads = new Thread[clients];
		double[] cumulative = zipf ? zipfCumulative(targets.size()) : null;
		// First one reader alone: with Tomcat on virtual threads and two carrier
		// threads, 64 first requests all loading classes from the jar at once have been
		// seen to hang Agora for good (issue noted in docs/BENCHMARKS.md).
		var first = new Worker(host, port, targets, cumulative, new SplittableRandom(999), measuring, stop);
		first.warm(200);
		for (int i = 0; i < clients; i++) {
			workers[i] = new Worker(host, port, targets, cumulative, new SplittableRandom(1000 + i), measuring, stop);
			threads[i] = Thread.ofPlatform().name("reader-" + i).start(workers[i]);
		}
		Thread.sleep(warmupSeconds * 1000L);
		long start = System.nanoTime();
		measuring.set(true);
		Thread.sleep(seconds * 1000L);
		measuring.set(false);
		double elapsed = (System.nanoTime() - start) / 1e9;
		stop.set(true);
		for (Thread t : threads) {
			t.join(10_000);
		}
		long pages = 0;
		long errors = 0;
		long hits = 0;
		for (Worker w : workers) {
			pages += w.count;
			errors += w.errors;
			hits += w.hits;
		}
		long[] all = new long[(int) pages];
		int at = 0;
		for (Worker w : workers) {
			System.arraycopy(w.latencies, 0, all, at, w.count);
			at += w.count;
		}
		Arrays.sort(all);
		return new Result(pages, elapsed, errors, hits, all);
	}

	static double percentileMillis(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.clamp(index, 0, sorted.length - 1)] / 1e6;
	}

	private static double[] zipfCumulative(int n) {
		double[] c = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += 1.0 / (i + 1);
			c[i] = sum;
		}
		for (int i = 0; i < n; i++) {
			c[i] /= sum;
		}
		return c;
	}

	private static final class Worker implements Runnable {

		private final List<Target> targets;
		private final double[] cumulative;
		private final int[] rankToTarget;
		private final SplittableRandom random;
		private final AtomicBoolean measuring;
		private final AtomicBoolean stop;
		long[] latencies = new long[1 << 14];
		int count;
		long errors;
		long hits;
		private final PlainConnection connection;

		Worker(String host, int port, List<Target> targets, double[] cumulative, SplittableRandom random,
				AtomicBoolean measuring, AtomicBoolean stop) {
			this.targets = targets;
			this.cumulative = cumulative;
			this.random = random;
			this.measuring = measuring;
			this.stop = stop;
			this.connection = new PlainConnection(host, port);
			// The same popularity order in every worker: rank r is target (r * 7919) mod n.
			this.rankToTarget = new int[targets.size()];
			for (int r = 0; r < rankToTarget.length; r++) {
				rankToTarget[r] = (int) ((r * 7919L) % rankToTarget.length);
			}
		}

		/** Asks for n pages one after the other. */
		void warm(int n) {
			for (int i = 0; i < n; i++) {
				Target target = targets.get(pick());
				try {
					get(target.path());
				} catch (IOException e) {
					// counted nowhere: only the measured pages are
				}
			}
			connection.close();
		}

		@Override
		public void run() {
			while (!stop.get()) {
				Target target = targets.get(pick());
				int page = 1 + random.nextInt(target.pages());
				String path = target.path() + (page > 1 ? "?page=" + page : "");
				long started = System.nanoTime();
				int status;
				boolean hit;
				try {
					var answer = get(path);
					status = answer.status();
					hit = answer.cacheHit();
				} catch (IOException e) {
					status = -1;
					hit = false;
				}
				long took = System.nanoTime() - started;
				if (measuring.get()) {
					if (status != 200) {
						errors++;
						if (errors <= 3) {
							System.err.println("not 200 but " + status + " for " + path);
						}
					}
					if (hit) {
						hits++;
					}
					if (count == latencies.length) {
						latencies = Arrays.copyOf(latencies, count * 2);
					}
					latencies[count++] = took;
				}
			}
			connection.close();
		}

		private int pick() {
			if (cumulative == null) {
				return random.nextInt(targets.size());
			}
			int rank = Arrays.binarySearch(cumulative, random.nextDouble());
			rank = rank >= 0 ? rank : Math.min(-rank - 1, cumulative.length - 1);
			return rankToTarget[rank];
		}

		private PlainConnection.Answer get(String path) throws IOException {
			return connection.exchange("GET", path, "Accept: text/html\r\nAccept-Encoding: gzip, deflate, br\r\n"
					+ "Accept-Language: en\r\nUser-Agent: agora-bench\r\n", null, false);
		}
	}
}
