package app.agora.bench;

import app.agora.AgoraApplication;
import app.agora.access.SignedInUser;
import app.agora.parties.ImportOptions;
import app.agora.parties.PartyImport;
import app.agora.parties.PartyImports;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Generates a CSV file of parties (realistic names, places and phone formats,
 * with duplicates by email and by phone and a few bad rows), imports it into
 * Agora on an embedded H2 file database, and prints
 * {@code rows=… seconds=… rows_per_s=… max_heap_used_mb=…}. Run it with a small
 * heap to see that memory stays bounded; docs/BENCHMARKS.md has the command. It
 * lives with the tests so that it does not ship.
 */
public final class ImportBench {

	private static final String[][] PEOPLE = {{"FR", "Chloé", "Martin", "Lyon", "Annecy", "Paris", "Marseille"},
			{"FR", "Léa", "Bernard", "Chamonix", "Grenoble", "Nantes", "Lille"},
			{"GB", "Oliver", "Smith", "London", "Manchester", "Leeds", "Bristol"},
			{"DE", "Jonas", "Müller", "Munich", "Berlin", "Hamburg", "Cologne"},
			{"ES", "Tomás", "García", "Bilbao", "Madrid", "Sevilla", "Valencia"},
			{"IT", "Giulia", "Rossi", "Torino", "Milano", "Roma", "Napoli"},
			{"JP", "Keiko", "Sato", "Osaka", "Tokyo", "Kyoto", "Sapporo"},
			{"IE", "Liam", "O'Brien", "Cork", "Dublin", "Galway", "Limerick"}};
	private static final String[] GIVEN = {"Anne-Marie", "Dara", "Priya", "Marc", "Fatima", "Sofia", "Paul", "Ada",
			"Noah", "Emma", "Hugo", "Inès", "Lucas", "Mia", "Yuki", "Sean", "Elena", "Mateo", "Clara", "Omar"};
	private static final String[] FAMILY = {"Leclerc", "Okafor", "Natarajan", "Favre", "Zahra", "Dubois", "Schmidt",
			"Fernández", "Bianchi", "Tanaka", "Murphy", "Moreau", "Lefèvre", "Novak", "Silva", "Kowalski"};
	private static final String[] ROLES = {"prospect", "customer", "customer", "former_customer", "", "", "partner"};
	private static final String[] TRADES = {"Outfitters", "Travel", "Consulting", "Tours", "Transfers", "Lodges"};

	private ImportBench() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path folder = Files.createTempDirectory("agora-import-bench");
		Path csv = folder.resolve("parties-" + rows + ".csv");
		var expected = generate(csv, rows);
		System.out.printf(Locale.ROOT, "generated %s: %d rows, %d MB, %d repeat an earlier party, %d are bad%n", csv,
				rows, Files.size(csv) / (1024 * 1024), expected[0], expected[1]);

		// Command-line arguments outrank every configuration file, the test one on the
		// class
		// path included: a real H2 file database, as Agora runs by default, unless the
		// arguments after the row count name another (e.g.
		// --spring.datasource.url=jdbc:postgresql:…).
		Path data = folder.resolve("data");
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("server.port", "0");
		settings.put("spring.main.banner-mode", "off");
		settings.put("logging.level.root", "WARN");
		settings.put("logging.level.app.agora.parties", "INFO");
		settings.put("agora.demo.enabled", "true");
		settings.put("agora.data-dir", data.toString());
		settings.put("spring.datasource.url", "jdbc:h2:file:" + data.resolve("agora")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		for (int i = 1; i < args.length; i++) {
			String[] setting = args[i].replaceFirst("^--", "").split("=", 2);
			settings.put(setting[0], setting.length > 1 ? setting[1] : "");
		}
		System.out.println("database: " + settings.get("spring.datasource.url"));
		var app = new SpringApplicationBuilder(AgoraApplication.class).run(
				settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
		try (app) {
			var imports = app.getBean(PartyImports.class);
			var admin = (SignedInUser) app.getBean(UserDetailsService.class).loadUserByUsername("admin@agora.demo");
			long liveBefore = HeapWatch.live();
			var heap = new HeapWatch();
			heap.start();
			long started = System.nanoTime();
			PartyImport job;
			try (InputStream in = Files.newInputStream(csv)) {
				job = imports.start(in, csv.getFileName().toString(), ImportOptions.defaults(), admin);
			}
			while (!job.isFinished()) {
				Thread.sleep(100);
				job = imports.get(job.id(), admin);
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			heap.interrupt();
			System.out.printf(Locale.ROOT, "status=%s created=%d updated=%d rejected=%d%s%n", job.status(),
					job.created(), job.updated(), job.rejected(),
					job.failureMessage() == null ? "" : " failure=" + job.failureMessage());
			System.out.printf(Locale.ROOT, "expected: created=%d updated=%d rejected=%d%n",
					rows - expected[0] - expected[1], expected[0], expected[1]);
			System.out.printf(Locale.ROOT,
					"rows=%d seconds=%.1f rows_per_s=%.0f max_heap_used_mb=%d max_live_heap_mb=%d live_heap_before_mb=%d"
							+ " heap_limit_mb=%d%n",
					rows, seconds, rows / seconds, mb(heap.max.get()), mb(heap.maxLive.get()), mb(liveBefore),
					mb(Runtime.getRuntime().maxMemory()));
		}
	}

	private static long mb(long bytes) {
		return bytes / (1024 * 1024);
	}

	/**
	 * Writes the file; returns how many rows repeat an earlier party and how many
	 * are bad. Row {@code i} is drawn from a random generator seeded with
	 * {@code i}, so a duplicate can redraw an earlier party without keeping it in
	 * memory.
	 */
	static long[] generate(Path file, int rows) throws IOException {
		long repeats = 0;
		long bad = 0;
		var random = new SplittableRandom(42);
		// Rows written as themselves: a repeat points at one of them, so each repeat is
		// one update.
		var asIs = new BitSet(rows);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("kind,given_name,family_name,organisation_name,email,phone,city,country,role,stage\n");
			for (int i = 0; i < rows; i++) {
				int draw = random.nextInt(100);
				if (i > 100 && draw < 8) {
					int earlier = asIs.previousSetBit(i - 1 - random.nextInt(Math.min(i - 1, 20_000)));
					out.write(
							party(earlier, draw < 5 ? Variant.SAME_EMAIL_OTHER_CASE : Variant.SAME_PHONE_OTHER_FORMAT));
					repeats++;
				} else if (draw < 9) {
					out.write(party(i, Variant.BAD));
					bad++;
				} else {
					out.write(party(i, Variant.AS_IS));
					asIs.set(i);
				}
			}
		}
		return new long[]{repeats, bad};
	}

	private enum Variant {
		AS_IS, SAME_EMAIL_OTHER_CASE, SAME_PHONE_OTHER_FORMAT, BAD
	}

	private static String party(int i, Variant variant) {
		var random = new SplittableRandom(i * 7919L + 17);
		String[] place = PEOPLE[random.nextInt(PEOPLE.length)];
		String country = place[0];
		String city = place[3 + random.nextInt(4)];
		String role = ROLES[random.nextInt(ROLES.length)];
		String phone = phone(country, i, variant == Variant.SAME_PHONE_OTHER_FORMAT);
		if (random.nextInt(10) == 0) {
			String name = FAMILY[random.nextInt(FAMILY.length)] + " " + TRADES[random.nextInt(TRADES.length)] + " " + i;
			String email = "contact" + i + "@" + slug(name) + ".example";
			if (variant == Variant.BAD) {
				email = email.replace("@", " at ");
			}
			return String.join(",", "organisation", "", "", quote(name),
					variant == Variant.SAME_PHONE_OTHER_FORMAT ? "" : caseOf(email, variant), phone, city, country,
					role, "") + "\n";
		}
		String given = random.nextInt(3) == 0 ? place[1] : GIVEN[random.nextInt(GIVEN.length)];
		String family = random.nextInt(3) == 0 ? place[2] : FAMILY[random.nextInt(FAMILY.length)];
		String email = slug(given) + "." + slug(family) + "." + i + "@example." + country.toLowerCase(Locale.ROOT);
		if (variant == Variant.BAD) {
			email = email.replace("@", " at ");
		}
		return String.join(",", "person", quote(given), quote(family), "",
				variant == Variant.SAME_PHONE_OTHER_FORMAT ? "" : caseOf(email, variant), phone, city, country, role,
				"") + "\n";
	}

	/**
	 * A unique number per party: international format, or the national one for a
	 * repeat by phone.
	 */
	private static String phone(String country, int i, boolean national) {
		String digits = String.format(Locale.ROOT, "%08d", i);
		return switch (country) {
			case "FR" -> national
					? "06." + digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "."
							+ digits.substring(6)
					: "+33 6 " + digits;
			case "GB" -> national ? "07700 " + digits.substring(2) : "+44 7700 " + digits.substring(2);
			case "DE" -> national ? "0151 " + digits : "+49 151 " + digits;
			default -> "+1 212 " + digits.substring(1);
		};
	}

	private static String caseOf(String email, Variant variant) {
		return variant == Variant.SAME_EMAIL_OTHER_CASE ? email.toUpperCase(Locale.ROOT) : email;
	}

	private static String slug(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "")
				.toLowerCase(Locale.ROOT);
	}

	private static String quote(String value) {
		return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	/**
	 * Samples the used heap while the import runs (garbage included), and once a
	 * second the heap left after a full collection: what is really held.
	 */
	private static final class HeapWatch extends Thread {

		final AtomicLong max = new AtomicLong();
		final AtomicLong maxLive = new AtomicLong();

		HeapWatch() {
			setDaemon(true);
		}

		static long live() {
			System.gc();
			return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		}

		@Override
		public void run() {
			var memory = ManagementFactory.getMemoryMXBean();
			long lastFull = System.nanoTime();
			while (!isInterrupted()) {
				max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				if (System.nanoTime() - lastFull > 1_000_000_000L) {
					maxLive.accumulateAndGet(live(), Math::max);
					lastFull = System.nanoTime();
				}
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					return;
				}
			}
		}
	}
}
