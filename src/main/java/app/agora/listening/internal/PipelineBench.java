package app.agora.listening.internal;

import app.agora.AgoraApplication;
import app.agora.access.AccountRole;
import app.agora.access.SignedInUser;
import app.agora.listening.Feedback;
import app.agora.listening.FeedbackDraft;
import app.agora.listening.SignalRule;
import app.agora.listening.SignalScope;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The listening pipeline measured inside Agora itself (an embedded H2 of its
 * own, no demo, on a random port), on BANKING77's support messages:
 * <ul>
 * <li>{@code pipeline [N]}: N items stored waiting, then tagged by the tagging
 * worker's own batches (embeddings, sentiment, language, names, themes, the
 * database writes and the {@code FeedbackTagged} events): items per second.
 * <li>{@code signal [R]}: with the tagging thread running, items of one
 * BANKING77 category logged one by one by distinct customers until the theme's
 * signal is raised, R times: the time from the commit of the item that crossed
 * the rule to the signal being there.
 * </ul>
 * It sits beside the worker to drive it directly. Run through
 * {@code bench/listening.sh}.
 */
public final class PipelineBench {

	private PipelineBench() {
	}

	public static void main(String[] args) throws Exception {
		String command = args.length > 0 ? args[0] : "pipeline";
		Path data = Path.of(System.getProperty("agora.bench.data", "../shared/data/feedback"));
		List<String[]> banking = banking(data.resolve("banking77-train.csv"));
		switch (command) {
			case "pipeline" -> pipeline(banking, args.length > 1 ? Integer.parseInt(args[1]) : 10_000);
			case "signal" -> signal(banking, args.length > 1 ? Integer.parseInt(args[1]) : 20);
			default -> {
				System.err.println("usage: pipeline [N] | signal [R]");
				System.exit(2);
			}
		}
	}

	private static void pipeline(List<String[]> banking, int n) {
		try (var agora = start(false)) {
			Feedback feedback = agora.getBean(Feedback.class);
			TaggingWorker worker = agora.getBean(TaggingWorker.class);
			SignedInUser staff = staff();
			// warm the models and the JIT on a first slice, not counted
			for (int i = 0; i < 500; i++) {
				feedback.log(new FeedbackDraft(banking.get(i % banking.size())[0], null, null, "warm-up", null), staff);
			}
			drain(worker);
			for (int i = 0; i < n; i++) {
				String[] row = banking.get(i % banking.size());
				feedback.log(new FeedbackDraft(row[0], null, "customer " + i, "banking77", null), staff);
			}
			long start = System.nanoTime();
			int tagged = drain(worker);
			double seconds = (System.nanoTime() - start) / 1e9;
			long themes = agora.getBean(JdbcClient.class).sql("select count(*) from listening_theme where size > 0")
					.query(Long.class).single();
			System.out.printf(Locale.ROOT, "items=%d seconds=%.2f items_per_s=%.0f themes=%d%n", tagged, seconds,
					tagged / seconds, themes);
		}
	}

	private static void signal(List<String[]> banking, int runs) throws InterruptedException {
		try (var agora = start(true)) {
			Feedback feedback = agora.getBean(Feedback.class);
			JdbcClient jdbc = agora.getBean(JdbcClient.class);
			RuleStore rules = agora.getBean(RuleStore.class);
			SignedInUser staff = staff();
			SignalRule theme = rules.of(SignalScope.THEME).orElseThrow();
			rules.update(new SignalRule(SignalScope.THEME, true, theme.windowDays(), 5, 0.3, 0.5, 1.5,
					theme.baselineWindows(), theme.cooldownDays(), null, null), "bench", Instant.now());
			Map<String, List<String>> byCategory = new LinkedHashMap<>();
			banking.forEach(r -> byCategory.computeIfAbsent(r[1], c -> new ArrayList<>()).add(r[0]));
			List<Double> latencies = new ArrayList<>();
			int category = 0;
			for (var texts : byCategory.values()) {
				if (latencies.size() >= runs || category++ >= 77) {
					break;
				}
				long before = signals(jdbc);
				Map<Long, Long> committedAt = new LinkedHashMap<>();
				for (int i = 0; i < Math.min(20, texts.size()) && signals(jdbc) == before; i++) {
					long id = feedback
							.log(new FeedbackDraft(texts.get(i), null, "customer " + UUID.randomUUID(), "bench", null),
									staff)
							.id();
					committedAt.put(id, System.nanoTime());
					// wait until the item is tagged and its evaluation had time to run, or the
					// signal is there
					long deadline = System.nanoTime() + 3_000_000_000L;
					long taggedAt = 0;
					while (signals(jdbc) == before && System.nanoTime() < deadline) {
						if (taggedAt == 0 && tagged(jdbc, id)) {
							taggedAt = System.nanoTime();
						}
						if (taggedAt != 0 && System.nanoTime() - taggedAt > 300_000_000L) {
							break;
						}
						Thread.sleep(2);
					}
				}
				if (signals(jdbc) > before) {
					long seen = System.nanoTime();
					Long crossing = jdbc.sql(
							"select raised_by_item from listening_signal order by id desc " + "fetch first 1 rows only")
							.query(Long.class).single();
					Long committed = committedAt.get(crossing);
					if (committed != null) {
						latencies.add((seen - committed) / 1e6);
					}
				}
			}
			double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			System.out.printf(Locale.ROOT, "signals=%d signal_p50_ms=%.0f signal_p99_ms=%.0f signal_max_ms=%.0f%n",
					sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.99),
					sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]);
		}
	}

	private static boolean tagged(JdbcClient jdbc, long id) {
		return "TAGGED".equals(jdbc.sql("select state from listening_feedback where id = :id").param("id", id)
				.query(String.class).single());
	}

	private static long signals(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from listening_signal").query(Long.class).single();
	}

	private static int drain(TaggingWorker worker) {
		int total = 0;
		int batch;
		while ((batch = worker.tagDue()) > 0) {
			total += batch;
		}
		return total;
	}

	private static double percentile(double[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	private static SignedInUser staff() {
		return new SignedInUser(UUID.randomUUID(), "bench@agora.local", "Bench", AccountRole.ADMIN, null, true, null);
	}

	private static ConfigurableApplicationContext start(boolean tagging) {
		Path dir;
		try {
			dir = Files.createTempDirectory("agora-listening-bench");
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		// command-line arguments, which win over application.yaml (default properties
		// would not)
		return new SpringApplicationBuilder(AgoraApplication.class).run("--server.port=0", "--agora.data-dir=" + dir,
				"--agora.demo.enabled=false", "--agora.listening.tagging=" + tagging, "--agora.listening.poll=PT1S",
				"--agora.federation.sources=",
				"--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--logging.level.root=WARN");
	}

	private static List<String[]> banking(Path file) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			for (CSVRecord row : parser) {
				rows.add(new String[]{row.get("text"), row.get("category")});
			}
		}
		return rows;
	}
}
