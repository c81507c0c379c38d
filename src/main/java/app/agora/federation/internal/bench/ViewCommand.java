package app.agora.federation.internal.bench;

import app.agora.federation.SourceState;
import app.agora.federation.internal.connectors.HttpJsonConnectorFactory;
import app.agora.federation.internal.view.GuardedSource;
import app.agora.federation.internal.view.ViewComposer;
import app.agora.federation.spi.FacetMapping;
import app.agora.federation.spi.Lookup;
import app.agora.federation.spi.Settings;
import app.agora.federation.spi.SourceDefinition;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * {@code bench view}: what composing a view costs on top of the sources' own
 * latency. Five http-json sources on a loopback server each wait a fixed delay;
 * 64 clients first call one source directly (the delay's own p99), then compose
 * views of all five through the real guards and connector, then again with one
 * source that never answers. Parallel sources make a view cost about one delay,
 * not five; a hung source costs its timeout.
 */
final class ViewCommand {

	static final Set<String> VALUED = Set.of("delay-ms", "clients", "seconds", "warmup-seconds", "timeout-ms",
			"sources");

	private static final Lookup ANNE = new Lookup(UUID.randomUUID(), Set.of(), "anne@example.com", "+33612345678");

	private final int delayMs;
	private final int clients;
	private final int seconds;
	private final int warmupSeconds;
	private final int timeoutMs;
	private final int sourceCount;
	private final PrintStream out;

	private ViewCommand(Options options, PrintStream out) {
		this.delayMs = (int) positive(options, "delay-ms", 50);
		this.clients = (int) positive(options, "clients", 64);
		this.seconds = (int) positive(options, "seconds", 20);
		// Long enough for the JIT to compile the view's code on two busy cores: with
		// 3 s the measured views still ran partly interpreted (docs/BENCHMARKS.md).
		this.warmupSeconds = (int) options.whole("warmup-seconds", 10);
		this.timeoutMs = (int) positive(options, "timeout-ms", 200);
		this.sourceCount = (int) positive(options, "sources", 5);
		this.out = out;
		if (timeoutMs <= delayMs) {
			throw new UsageError("--timeout-ms must be longer than --delay-ms");
		}
	}

	static void run(Options options, PrintStream out) {
		new ViewCommand(options, out).run();
	}

	private static long positive(Options options, String name, long fallback) {
		long value = options.whole(name, fallback);
		if (value <= 0) {
			throw new UsageError("--" + name + " must be more than 0");
		}
		return value;
	}

	private void run() {
		// Without Spring, Logback logs everything; a hung source's timeouts would
		// flood the console and slow the measured views.
		var root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		if (root instanceof ch.qos.logback.classic.Logger logback) {
			var level = logback.getLevel();
			logback.setLevel(ch.qos.logback.classic.Level.WARN);
			try {
				measureAll();
			} finally {
				logback.setLevel(level);
			}
		} else {
			measureAll();
		}
	}

	private void measureAll() {
		LoopbackSources sources;
		try {
			sources = new LoopbackSources(delayMs, timeoutMs * 10);
		} catch (IOException e) {
			throw new IllegalStateException("cannot open a loopback server", e);
		}
		String base = sources.baseUrl();
		out.printf(Locale.ROOT,
				"%d sources, delay %d ms, %d clients, %d s per phase after %d s warm-up, timeout %d ms,"
						+ " %d cores%n",
				sourceCount, delayMs, clients, seconds, warmupSeconds, timeoutMs,
				Runtime.getRuntime().availableProcessors());
		try (var executor = Executors.newVirtualThreadPerTaskExecutor(); var client = directClient()) {
			var direct = URI.create(base + "/source/0?email=anne%40example.com");
			var delay = measure("delay (one source, called directly)", () -> call(client, direct));
			var parallel = measure("five direct calls at once (no Agora)", parallelCalls(base, executor));
			var view = measure("view (" + sourceCount + " sources)", viewCall(composer(base, false, executor), false));
			var hung = measure("view (one source never answers)", viewCall(composer(base, true, executor), true));
			out.printf(Locale.ROOT, "the same HTTP load without Agora's code: parallel_p99_ms=%.1f,"
					+ " what the federation code adds: %.1f ms%n", parallel.p99(), view.p99() - parallel.p99());
			out.printf(Locale.ROOT,
					"delay_p99_ms=%.1f view_p99_ms=%.1f overhead_p99_ms=%.1f hung_view_p99_ms=%.1f timeout_ms=%d"
							+ " hung_overhead_ms=%.1f%n",
					delay.p99(), view.p99(), view.p99() - delay.p99(), hung.p99(), timeoutMs, hung.p99() - timeoutMs);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		} finally {
			try {
				sources.close();
			} catch (IOException e) {
				// nothing left to measure
			}
		}
	}

	/**
	 * The HTTP load of a view without Agora: the five sources called at once on
	 * virtual threads, one client per source as the connector has, waiting for all.
	 * It tells what the machine's HTTP stack costs from what the federation code
	 * adds.
	 */
	private Call parallelCalls(String base, ExecutorService executor) {
		var clients = new ArrayList<CloseableHttpClient>();
		var uris = new ArrayList<URI>();
		for (int s = 0; s < sourceCount; s++) {
			clients.add(directClient());
			uris.add(URI.create(base + "/source/" + s + "?email=anne%40example.com"));
		}
		return () -> {
			var calls = new ArrayList<java.util.concurrent.Future<Boolean>>();
			for (int s = 0; s < sourceCount; s++) {
				var client = clients.get(s);
				var uri = uris.get(s);
				calls.add(executor.submit(() -> call(client, uri)));
			}
			boolean all = true;
			for (var call : calls) {
				all &= call.get();
			}
			return all;
		};
	}

	/**
	 * The same HTTP client, pool and protocol as the http-json connector, without
	 * the connector.
	 */
	private CloseableHttpClient directClient() {
		var pool = PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(clients * 2)
				.setMaxConnPerRoute(clients * 2).build();
		return HttpClients.custom().setConnectionManager(pool).disableRedirectHandling().disableAutomaticRetries()
				.disableCookieManagement().disableAuthCaching().disableContentCompression().build();
	}

	private static boolean call(CloseableHttpClient client, URI uri) throws IOException {
		return client.execute(new HttpGet(uri), response -> {
			EntityUtils.toByteArray(response.getEntity());
			return response.getCode() == 200;
		});
	}

	/**
	 * One view; it counts as short of sources when a source that answers was not OK
	 * (its latency still counts: a partial view is a view the user waited for).
	 */
	private Call viewCall(ViewComposer composer, boolean oneHung) {
		return () -> {
			var answers = composer.ask(source -> ANNE);
			var view = composer.compose(ANNE.partyId(), answers);
			long ok = view.sources().stream().filter(s -> s.status() == SourceState.OK).count();
			return ok == (oneHung ? sourceCount - 1 : sourceCount);
		};
	}

	/**
	 * Built as {@code FederationSources} builds them: one guarded source per
	 * definition on a virtual-thread executor. The circuit is kept closed (it would
	 * otherwise open on the hung source and hide its timeout).
	 */
	private ViewComposer composer(String base, boolean oneHung, ExecutorService executor) {
		var factory = new HttpJsonConnectorFactory();
		var guarded = new ArrayList<GuardedSource>();
		for (int s = 0; s < sourceCount; s++) {
			String path = oneHung && s == sourceCount - 1 ? "/hung/" : "/source/";
			var facet = new FacetMapping("transactions",
					new Settings(Map.of("url", path + s + "?email={email}", "records", "/items")), "id", "order", "at",
					Map.of("amount", "amount"));
			var definition = new SourceDefinition("source-" + s, "Source " + s, factory.id(),
					new Settings(Map.of("base-url", base)), List.of(facet), Duration.ofMillis(timeoutMs), null,
					new SourceDefinition.Circuit(100, 100_000, Duration.ofSeconds(1)));
			guarded.add(new GuardedSource(definition, factory, text -> text, executor));
		}
		return new ViewComposer(guarded);
	}

	private interface Call {
		/** True when the call got everything it should have. */
		boolean call() throws Exception;
	}

	/** Latencies of one phase, in milliseconds. */
	private record Figures(double p50, double p99, double max, int count) {
	}

	private Figures measure(String phase, Call call) {
		var failures = new AtomicLong();
		var incomplete = new AtomicLong();
		if (warmupSeconds > 0) {
			round(call, warmupSeconds, failures, new AtomicLong());
		}
		// What the warm-up set up (connections, their buffers and threads, the
		// breakers' windows) lives as long as the phase: a full collection moves it
		// out of the young generation, so that young collections in the measured
		// round do not copy it again and again, as a long-running server would not
		// (JMH collects between iterations too).
		System.gc();
		long cpuAtStart = processCpuNanos();
		long[] all = round(call, seconds, failures, incomplete);
		double cpuPerCall = (processCpuNanos() - cpuAtStart) / 1e3 / Math.max(1, all.length);
		if (all.length == 0) {
			throw new IllegalStateException(phase + ": no call succeeded");
		}
		Arrays.sort(all);
		var figures = new Figures(percentile(all, 0.50), percentile(all, 0.99), all[all.length - 1] / 1e6, all.length);
		out.printf(Locale.ROOT,
				"%-36s calls=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f cpu_us_per_call=%.0f"
						+ " short_of_sources=%d failures=%d%n",
				phase, figures.count(), figures.p50(), percentile(all, 0.90), figures.p99(), figures.max(), cpuPerCall,
				incomplete.get(), failures.get());
		return figures;
	}

	/**
	 * Every client calls in a closed loop for the given time; gives the latency of
	 * every call that did not throw, in nanoseconds.
	 */
	private long[] round(Call call, int roundSeconds, AtomicLong failures, AtomicLong incomplete) {
		long end = System.nanoTime() + roundSeconds * 1_000_000_000L;
		// Small arrays that grow: the collector copies what survives, and big
		// preallocated ones would lengthen the very pauses being measured.
		var latencies = new long[clients][];
		var counts = new int[clients];
		var threads = new ArrayList<Thread>();
		for (int c = 0; c < clients; c++) {
			int index = c;
			threads.add(Thread.ofVirtual().start(() -> {
				long[] own = new long[256];
				int n = 0;
				while (true) {
					long started = System.nanoTime();
					if (started >= end) {
						break;
					}
					boolean complete;
					try {
						complete = call.call();
					} catch (Exception e) {
						if (failures.getAndIncrement() == 0) {
							out.println("  first failure: " + e);
						}
						continue;
					}
					long took = System.nanoTime() - started;
					if (n == own.length) {
						own = Arrays.copyOf(own, n * 2);
					}
					own[n++] = took;
					if (!complete) {
						incomplete.incrementAndGet();
					}
				}
				counts[index] = n;
				latencies[index] = own;
			}));
		}
		for (var thread : threads) {
			try {
				thread.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted");
			}
		}
		long[] all = new long[Arrays.stream(counts).sum()];
		int at = 0;
		for (int c = 0; c < clients; c++) {
			System.arraycopy(latencies[c], 0, all, at, counts[c]);
			at += counts[c];
		}
		return all;
	}

	/**
	 * CPU time of the whole process: clients, the sources' server and Agora's code.
	 */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static double percentile(long[] sorted, double share) {
		int index = (int) Math.ceil(share * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}
}
