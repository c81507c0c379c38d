package app.agora.federation.internal.bench;

import app.agora.federation.Classification;
import app.agora.federation.FieldSpec;
import app.agora.federation.LinkageMode;
import app.agora.federation.LinkageSettings;
import app.agora.federation.internal.linkage.LinkageRun;
import app.agora.federation.internal.linkage.Linker;
import app.agora.federation.internal.linkage.RecordTable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Links CSV files from the command line, without a server: the same engine as
 * {@link app.agora.federation.IdentityResolution}, for users trying their own
 * data and for the benchmark. See {@code docs/linkage.md}.
 */
public final class LinkageCommand {

	static final String USAGE = """
			Usage:
			  bench link    (--input FILE | --left FILE --right FILE) --fields COL:TYPE,... [options]
			  bench linkage (--input FILE | --left FILE --right FILE) --fields COL:TYPE,... TRUTH [options]
			  bench linkage --generate N [--seed S] [options]
			  bench generate N --out FILE [--seed S]
			  bench view    [--delay-ms 50] [--clients 64] [--seconds 20] [--timeout-ms 200] [--sources 5]

			  --input FILE            one file: its duplicates are found
			  --left/--right FILE     two files: records of one are linked to records of the other
			  --fields LIST           the fields to compare, COL:TYPE separated by commas; TYPE is one of
			                          name, date, email, phone, postcode, text, identifier; LEFT=RIGHT:TYPE
			                          when the two files name a column differently
			  --id COL                the record id column (default: the row number)
			  --out FILE              write the clusters: source,id,cluster
			  --pairs FILE            write the linked and to-review pairs with their explanations
			  --link-threshold P      link at this match probability or more (default 0.9)
			  --review-threshold P    review from this match probability (default 0.5)
			  --phone-region CC       region of phone numbers written without a country code (default FR)
			  --max-block-pairs N     skip blocks that would give more pairs than this (default 50000)
			  --seed S                seed of the random pairs and of the generator (default 42)
			  --verbose               also print the blocking keys and the learned weights
			TRUTH (linkage only):
			  --truth-column COL      records with the same value in COL are the same entity
			  --truth-id-regex RE     the entity is the first group of RE found in the id (e.g. 'rec-(\\d+)-')
			  --truth-pairs FILE      a CSV of matching pairs of ids; --truth-pairs-columns LEFT,RIGHT[,MATCH]
			                          picks its columns (default the first two; with MATCH, rows under 0.5 are
			                          ignored)
			The last line of linkage is: precision=... recall=... f1=... records_per_s=...
			view measures what composing a view adds to the sources' own delay (loopback sources); its last
			line is: delay_p99_ms=... view_p99_ms=... overhead_p99_ms=... hung_view_p99_ms=... timeout_ms=...
			hung_overhead_ms=...
			""";

	private static final Set<String> VALUED = Set.of("input", "left", "right", "fields", "id", "out", "pairs",
			"link-threshold", "review-threshold", "phone-region", "max-block-pairs", "seed", "truth-column",
			"truth-id-regex", "truth-pairs", "truth-pairs-columns", "generate");
	private static final Set<String> FLAGS = Set.of("verbose", "help");

	private LinkageCommand() {
	}

	public static void main(String[] args) {
		int code = run(args, System.out, System.err);
		System.out.flush();
		System.exit(code);
	}

	/**
	 * Runs one command; returns the exit code: 0 done, 2 a usage or input error, 1
	 * anything else.
	 */
	static int run(String[] args, PrintStream out, PrintStream err) {
		try {
			if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
				(args.length == 0 ? err : out).print(USAGE);
				return args.length == 0 ? 2 : 0;
			}
			var rest = Arrays.asList(args).subList(1, args.length);
			if (rest.contains("--help")) {
				out.print(USAGE);
				return 0;
			}
			switch (args[0]) {
				case "link" -> link(new Options(rest, VALUED, FLAGS), out, false);
				case "linkage" -> link(new Options(rest, VALUED, FLAGS), out, true);
				case "generate" -> generate(new Options(rest, Set.of("out", "seed"), Set.of()), out);
				case "view" -> ViewCommand.run(new Options(rest, ViewCommand.VALUED, Set.of()), out);
				default ->
					throw new UsageError("Unknown command '" + args[0] + "'; use link, linkage, generate or view");
			}
			return 0;
		} catch (UsageError e) {
			err.println("error: " + e.getMessage());
			return 2;
		} catch (IllegalArgumentException e) {
			err.println("error: " + e.getMessage());
			return 2;
		} catch (RuntimeException | OutOfMemoryError e) {
			err.println("error: linkage failed: " + e);
			return 1;
		}
	}

	private static void generate(Options options, PrintStream out) {
		if (options.positional().size() != 1 || !options.has("out")) {
			throw new UsageError("generate needs a record count and --out FILE");
		}
		int count = (int) parseCount(options.positional().get(0));
		var people = PeopleGenerator.generate(count, options.whole("seed", 42));
		var path = Path.of(options.get("out"));
		var header = new ArrayList<String>(List.of("id"));
		header.addAll(PeopleGenerator.COLUMNS);
		header.add("person");
		try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
				var csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord(header);
			for (int r = 0; r < people.size(); r++) {
				var row = new ArrayList<String>();
				row.add(people.ids()[r]);
				for (String[] column : people.columns()) {
					row.add(column[r]);
				}
				row.add(String.valueOf(people.person()[r]));
				csv.printRecord(row);
			}
		} catch (IOException e) {
			throw new UsageError(path + ": cannot be written (" + e.getMessage() + ")");
		}
		out.println("wrote " + people.size() + " records to " + path + "; fields: " + PeopleGenerator.FIELDS
				+ "; truth column: person");
	}

	private static void link(Options options, PrintStream out, boolean bench) {
		var input = options.has("generate") ? Input.generated(options) : Input.files(options, bench);
		var settings = input.settings;
		out.printf(Locale.ROOT, "records=%d sources=%d fields=%d mode=%s%n", input.ids.length, input.sources.size(),
				settings.fields().size(), settings.mode().name().toLowerCase(Locale.ROOT));

		long start = System.nanoTime();
		var table = RecordTable.of(settings, input.sources, input.sourceOf, input.ids, input.columns);
		double encoding = (System.nanoTime() - start) / 1e9;
		LinkageRun run = Linker.run(table, null);
		double seconds = (System.nanoTime() - start) / 1e9;

		if (options.has("verbose")) {
			out.printf(Locale.ROOT, "time encode=%.2fs %s%n", encoding, String.join(" ", run.laps()));
			run.blockingReport().forEach(line -> out.println("blocking " + line));
			out.printf(Locale.ROOT, "model prior=%.5f%n", run.model().prior());
			for (var field : run.model().fields()) {
				var levels = new StringBuilder();
				for (var level : field.levels()) {
					levels.append(String.format(Locale.ROOT, " [%s m=%.4f u=%.6f w=%+.2f]", level.level(), level.m(),
							level.u(), level.weight()));
				}
				out.println("model " + field.field().name() + ":" + levels);
			}
		}
		out.printf(Locale.ROOT, "candidate_pairs=%d links=%d reviews=%d clusters=%d seconds=%.2f%n",
				run.candidatePairs(), run.count(Classification.LINK), run.count(Classification.REVIEW),
				run.clusterCount(), seconds);
		if (options.has("out")) {
			writeClusters(Path.of(options.get("out")), run);
		}
		if (options.has("pairs")) {
			writePairs(Path.of(options.get("pairs")), run);
		}
		long recordsPerSecond = Math.round(input.ids.length / Math.max(seconds, 1e-9));
		if (!bench) {
			out.printf(Locale.ROOT, "records=%d clusters=%d records_per_s=%d%n", input.ids.length, run.clusterCount(),
					recordsPerSecond);
			return;
		}
		int[] cluster = new int[table.size()];
		for (int i = 0; i < cluster.length; i++) {
			cluster[i] = run.clusterOf(i);
		}
		boolean across = settings.mode() == LinkageMode.LINK;
		var quality = input.truthPairs != null
				? LinkageQuality.ofPairs(cluster, input.sourceOf, across, input.truthPairs)
				: LinkageQuality.ofEntities(cluster, input.entity, input.sourceOf, across);
		out.printf(Locale.ROOT, "true_pairs=%d predicted_pairs=%d correct_pairs=%d%n", quality.actual(),
				quality.predicted(), quality.truePositives());
		out.printf(Locale.ROOT, "precision=%.4f recall=%.4f f1=%.4f records_per_s=%d%n", quality.precision(),
				quality.recall(), quality.f1(), recordsPerSecond);
	}

	private static void writeClusters(Path path, LinkageRun run) {
		var table = run.table();
		try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
				var csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord("source", "id", "cluster");
			for (int i = 0; i < table.size(); i++) {
				var ref = table.ref(i);
				csv.printRecord(ref.source(), ref.key(), run.clusterOf(i));
			}
		} catch (IOException e) {
			throw new UsageError(path + ": cannot be written (" + e.getMessage() + ")");
		}
	}

	private static void writePairs(Path path, LinkageRun run) {
		try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
				var csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord("left_source", "left_id", "right_source", "right_id", "classification", "probability",
					"weight", "rule", "explanation");
			for (var pair : run.pairs()) {
				csv.printRecord(pair.left().source(), pair.left().key(), pair.right().source(), pair.right().key(),
						pair.classification(), String.format(Locale.ROOT, "%.6f", pair.probability()),
						String.format(Locale.ROOT, "%.3f", pair.weight()), pair.rule(), pair.explanation());
			}
		} catch (IOException e) {
			throw new UsageError(path + ": cannot be written (" + e.getMessage() + ")");
		}
	}

	private static long parseCount(String text) {
		try {
			long count = Long.parseLong(text.replace("_", ""));
			if (count < 1 || count > 50_000_000) {
				throw new UsageError("The record count must be between 1 and 50000000, got " + text);
			}
			return count;
		} catch (NumberFormatException e) {
			throw new UsageError("The record count must be a whole number, got '" + text + "'");
		}
	}

	/**
	 * What a run links: raw columns by field, ids, sources, and the truth if there
	 * is one.
	 */
	private static final class Input {

		LinkageSettings settings;
		List<String> sources;
		int[] sourceOf;
		String[] ids;
		String[][] columns;
		int[] entity;
		Set<Long> truthPairs;

		static Input generated(Options options) {
			if (options.has("input") || options.has("left") || options.has("fields")) {
				throw new UsageError("--generate makes its own records; leave out --input, --left and --fields");
			}
			var input = new Input();
			int count = (int) parseCount(options.get("generate"));
			var people = PeopleGenerator.generate(count, options.whole("seed", 42));
			input.settings = settings(options, LinkageMode.DEDUPLICATE,
					Arrays.stream(PeopleGenerator.FIELDS.split(",")).map(FieldSpec::parse).toList());
			input.sources = List.of("generated");
			input.sourceOf = new int[count];
			input.ids = people.ids();
			input.columns = people.columns();
			input.entity = people.person();
			return input;
		}

		static Input files(Options options, boolean bench) {
			if (!options.has("fields")) {
				throw new UsageError("--fields is needed: the columns to compare and their types, e.g. "
						+ "--fields first_name:name,surname:name,dob:date,email:email");
			}
			boolean two = options.has("left") || options.has("right");
			if (two == options.has("input") || two && !(options.has("left") && options.has("right"))) {
				throw new UsageError("Give either --input FILE (deduplicate) or --left FILE and --right FILE (link)");
			}
			var mapping = new ArrayList<String[]>();
			var specs = new ArrayList<FieldSpec>();
			for (String item : options.get("fields").split(",")) {
				if (item.isBlank()) {
					continue;
				}
				var spec = FieldSpec.parse(item.strip());
				String[] columns = spec.name().split("=", 2);
				mapping.add(columns.length == 2 ? columns : new String[]{spec.name(), spec.name()});
				specs.add(new FieldSpec(columns[0], spec.type()));
			}
			var input = new Input();
			input.settings = settings(options, two ? LinkageMode.LINK : LinkageMode.DEDUPLICATE, specs);
			var files = two
					? List.of(CsvFile.read(Path.of(options.get("left"))), CsvFile.read(Path.of(options.get("right"))))
					: List.of(CsvFile.read(Path.of(options.get("input"))));
			int n = files.stream().mapToInt(CsvFile::rows).sum();
			input.sources = files.stream().map(f -> f.path().getFileName().toString()).toList();
			if (new HashSet<>(input.sources).size() < input.sources.size()) {
				input.sources = List.of("left", "right");
			}
			input.sourceOf = new int[n];
			input.ids = new String[n];
			input.columns = new String[specs.size()][n];
			String[] truthColumn = new String[n];
			int offset = 0;
			for (int s = 0; s < files.size(); s++) {
				var file = files.get(s);
				String[] ids = options.has("id") ? file.column(options.get("id"), "the record id (--id)") : null;
				for (int f = 0; f < specs.size(); f++) {
					String column = mapping.get(f)[s];
					System.arraycopy(file.column(column, "a field (--fields)"), 0, input.columns[f], offset,
							file.rows());
				}
				if (bench && options.has("truth-column")) {
					System.arraycopy(file.column(options.get("truth-column"), "the truth (--truth-column)"), 0,
							truthColumn, offset, file.rows());
				}
				for (int r = 0; r < file.rows(); r++) {
					input.sourceOf[offset + r] = s;
					input.ids[offset + r] = ids != null && ids[r] != null ? ids[r] : String.valueOf(r + 1);
				}
				offset += file.rows();
			}
			if (bench) {
				input.truth(options, truthColumn, files);
			}
			return input;
		}

		private void truth(Options options, String[] truthColumn, List<CsvFile> files) {
			int given = (options.has("truth-column") ? 1 : 0) + (options.has("truth-id-regex") ? 1 : 0)
					+ (options.has("truth-pairs") ? 1 : 0);
			if (given != 1) {
				throw new UsageError(
						"linkage needs exactly one truth: --truth-column, --truth-id-regex or --truth-pairs (or use link)");
			}
			if (options.has("truth-column")) {
				entity = entities(truthColumn);
			} else if (options.has("truth-id-regex")) {
				Pattern pattern;
				try {
					pattern = Pattern.compile(options.get("truth-id-regex"));
				} catch (PatternSyntaxException e) {
					throw new UsageError("--truth-id-regex is not a valid regular expression: " + e.getDescription());
				}
				String[] labels = new String[ids.length];
				for (int i = 0; i < ids.length; i++) {
					var matcher = pattern.matcher(ids[i]);
					labels[i] = matcher.find() ? matcher.group(matcher.groupCount() >= 1 ? 1 : 0) : null;
				}
				entity = entities(labels);
			} else {
				truthPairs = pairs(options, files);
			}
		}

		/**
		 * Entity numbers from labels; a record without a label is an entity of its own.
		 */
		private static int[] entities(String[] labels) {
			var numbers = new HashMap<String, Integer>();
			int[] entity = new int[labels.length];
			int unlabelled = -1;
			for (int i = 0; i < labels.length; i++) {
				entity[i] = labels[i] == null ? unlabelled-- : numbers.computeIfAbsent(labels[i], l -> numbers.size());
			}
			return entity;
		}

		private Set<Long> pairs(Options options, List<CsvFile> files) {
			var file = CsvFile.read(Path.of(options.get("truth-pairs")));
			List<String> names = options.has("truth-pairs-columns")
					? List.of(options.get("truth-pairs-columns").split(","))
					: file.header().subList(0, Math.min(2, file.header().size()));
			if (names.size() < 2) {
				throw new UsageError(
						file.path() + ": needs two columns of ids (or name them with --truth-pairs-columns)");
			}
			String[] left = file.column(names.get(0).strip(), "the left id of a true pair");
			String[] right = file.column(names.get(1).strip(), "the right id of a true pair");
			String[] match = names.size() > 2 ? file.column(names.get(2).strip(), "whether a pair matches") : null;
			List<Map<String, Integer>> byId = new ArrayList<>();
			int offset = 0;
			for (var source : files) {
				var index = new HashMap<String, Integer>();
				for (int r = 0; r < source.rows(); r++) {
					index.put(ids[offset + r], offset + r);
				}
				byId.add(index);
				offset += source.rows();
			}
			var pairs = new HashSet<Long>();
			for (int r = 0; r < left.length; r++) {
				if (match != null && !(match[r] != null && matches(match[r]))) {
					continue;
				}
				Integer a = byId.get(0).get(left[r]);
				Integer b = byId.get(byId.size() - 1).get(right[r]);
				if (a != null && b != null && !a.equals(b)) {
					pairs.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
				}
			}
			return pairs;
		}

		private static boolean matches(String value) {
			try {
				return Double.parseDouble(value) >= 0.5;
			} catch (NumberFormatException e) {
				return Boolean.parseBoolean(value);
			}
		}

		private static LinkageSettings settings(Options options, LinkageMode mode, List<FieldSpec> fields) {
			var defaults = LinkageSettings.of(mode, fields);
			return defaults
					.withThresholds(options.number("link-threshold", defaults.linkThreshold()),
							options.number("review-threshold",
									Math.min(defaults.reviewThreshold(),
											options.number("link-threshold", defaults.linkThreshold()))))
					.withPhoneRegion(options.get("phone-region", defaults.phoneRegion()))
					.withMaxBlockPairs((int) options.whole("max-block-pairs", defaults.maxBlockPairs()))
					.withSeed(options.whole("seed", defaults.seed()));
		}
	}
}
