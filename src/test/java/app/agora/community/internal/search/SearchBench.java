package app.agora.community.internal.search;

import app.agora.community.ThreadKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Search latency on a large index (docs/BENCHMARKS.md, "Search"): generates N
 * posts of English and French trekking talk (Zipf-distributed words, 50 spaces,
 * four kinds, 30 products, a third of the threads solved), indexes them with
 * the application's own {@link SearchIndex} in a temporary folder, then runs
 * queries as {@link CommunitySearch} does — every word required, all words if
 * none, filtered by the readable spaces and often by a space, kind, product or
 * solved — and builds the highlighted excerpts of the ten hits of the page.
 * Prints the last line
 * {@code posts=… queries=… p50_ms=… p95_ms=… p99_ms=… max_ms=…}.
 * <p>
 * {@code bench/search.sh [posts] [queries]} measures in process (Lucene and
 * Agora's query and excerpt code). {@code bench/search.sh http://localhost:8080
 * [queries]} sends such queries to a running application's search API instead
 * and prints {@code http=1 queries=… p50_ms=… p95_ms=… p99_ms=… max_ms=…}.
 */
public final class SearchBench {

	private static final String[] EN = ("hut huts trail trails pass passes ridge glacier valley lake summit route "
			+ "stage stages boots boot poles pack backpack rain weather snow storm guide guides group children "
			+ "family week day days morning evening night dinner breakfast shower bed beds dormitory booking "
			+ "book open closed season september june july august cold warm wind sun map path steep easy hard "
			+ "long short climb descent ascent altitude meters kilometres hours walk walking hike hiking trek "
			+ "trekking training knees blister blisters socks jacket waterproof gaiters water bottle filter "
			+ "food picnic lunch luggage transfer bus train taxi cable car chairlift village town refuge view "
			+ "views sunrise sunset flowers marmots ibex chamois cows sheep dog dogs bridge river stream forest "
			+ "rock rocks scree chains ladder via ferrata helmet harness kit rope fear vertigo exposure safe "
			+ "safety insurance price cheap expensive worth recommend recommended great amazing tired slow fast")
			.split(" ");
	private static final String[] FR = ("refuge refuges sentier sentiers col cols crête glacier vallée lac sommet "
			+ "itinéraire étape étapes chaussures bâtons sac pluie météo neige orage guide guides groupe enfants "
			+ "famille semaine jour jours matin soir nuit dîner petit-déjeuner douche lit lits dortoir réservation "
			+ "ouvert fermé saison septembre juin juillet août froid chaud vent soleil carte chemin raide facile "
			+ "difficile longue courte montée descente altitude mètres kilomètres heures marche randonnée genoux "
			+ "ampoules chaussettes veste imperméable guêtres eau gourde nourriture pique-nique déjeuner bagages "
			+ "portage navette bus train téléphérique télésiège village vue lever coucher fleurs marmottes "
			+ "bouquetins chamois vaches moutons chien pont rivière torrent forêt rocher éboulis chaînes échelle "
			+ "casque baudrier corde peur vertige sécurité assurance prix cher vaut conseille génial fatigué lent")
			.split(" ");
	private static final String[] EN_GLUE = "the a and of to in on for with is was it we our but at".split(" ");
	private static final String[] FR_GLUE = "le la les de des du et en à pour avec est était nous mais au".split(" ");
	private static final int SPACES = 50;
	private static final int PRODUCTS = 30;

	private SearchBench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].startsWith("http")) {
			overHttp(args[0], args.length > 1 ? Integer.parseInt(args[1]) : 2_000);
			return;
		}
		int posts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int queries = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
		// -Dbench.index=FOLDER keeps the index there and reuses it when it holds the
		// same number of posts.
		String kept = System.getProperty("bench.index");
		Path folder = kept != null
				? Files.createDirectories(Path.of(kept))
				: Files.createTempDirectory("agora-search-bench");
		try (var index = new SearchIndex(FSDirectory.open(folder), 256)) {
			if (index.documents() != posts) {
				index.clear();
				long started = System.nanoTime();
				build(index, posts);
				double indexSeconds = (System.nanoTime() - started) / 1e9;
				System.out.printf(Locale.ROOT, "indexed posts=%d seconds=%.1f posts_per_s=%.0f%n", index.documents(),
						indexSeconds, index.documents() / indexSeconds);
			}
			run(index, 500, new SplittableRandom(7), null);
			long[] nanos = new long[queries];
			int[] found = new int[1];
			run(index, queries, new SplittableRandom(11), new long[][]{nanos}, found);
			Arrays.sort(nanos);
			System.out.printf(Locale.ROOT, "queries with hits=%d of %d%n", found[0], queries);
			System.out.printf(Locale.ROOT, "posts=%d queries=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f%n",
					index.documents(), queries, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
					nanos[nanos.length - 1] / 1e6);
		} finally {
			if (kept == null) {
				try (var files = Files.walk(folder)) {
					files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				}
			}
		}
	}

	/**
	 * The same kind of queries sent one after the other to a running application's
	 * {@code GET /api/v1/community/search} (signed out: the public spaces), after
	 * 200 unmeasured ones.
	 */
	private static void overHttp(String base, int queries) throws Exception {
		var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
		var random = new SplittableRandom(11);
		String[] kinds = {"", "", "", "QUESTION", "IDEA", "REVIEW", "DISCUSSION"};
		long[] nanos = new long[queries];
		int found = 0;
		for (int q = -200; q < queries; q++) {
			boolean french = random.nextInt(10) < 4;
			String[] vocabulary = french ? FR : EN;
			var typed = new StringBuilder();
			for (int w = 0, count = 1 + random.nextInt(2); w < count; w++) {
				typed.append(vocabulary[zipf(random, vocabulary.length)]).append(' ');
			}
			String kind = kinds[random.nextInt(kinds.length)];
			var uri = java.net.URI.create(base + "/api/v1/community/search?q="
					+ java.net.URLEncoder.encode(typed.toString().strip(), java.nio.charset.StandardCharsets.UTF_8)
					+ (kind.isEmpty() ? "" : "&kind=" + kind));
			var request = java.net.http.HttpRequest.newBuilder(uri).header("Accept", "application/json").build();
			long start = System.nanoTime();
			var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
			long took = System.nanoTime() - start;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(uri + " answered " + response.statusCode());
			}
			if (q >= 0) {
				nanos[q] = took;
				if (!response.body().contains("\"hits\":[]")) {
					found++;
				}
			}
		}
		Arrays.sort(nanos);
		System.out.printf(Locale.ROOT, "queries with hits=%d of %d%n", found, queries);
		System.out.printf(Locale.ROOT, "http=1 queries=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f%n", queries,
				ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	/** Posts in threads of 1 to 15 posts; two indexing threads. */
	private static void build(SearchIndex index, int posts) throws Exception {
		int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		var jobs = new ArrayList<Future<?>>();
		int perJob = 20_000;
		for (int from = 0; from < posts; from += perJob) {
			int start = from;
			int end = Math.min(posts, from + perJob);
			jobs.add(pool.submit(() -> {
				var random = new SplittableRandom(start);
				var batch = new ArrayList<IndexedPost>(end - start);
				long thread = start;
				int left = 0;
				String title = null;
				ThreadKind kind = null;
				long space = 0;
				String product = null;
				boolean solved = false;
				boolean french = false;
				for (int id = start; id < end; id++) {
					boolean first = left == 0;
					if (first) {
						thread = id;
						left = 1 + random.nextInt(15);
						french = random.nextInt(10) < 4;
						title = sentence(random, french, 5 + random.nextInt(6));
						kind = ThreadKind.values()[random.nextInt(4)];
						space = 1 + random.nextInt(SPACES);
						product = random.nextInt(3) == 0 ? "Product " + random.nextInt(PRODUCTS) : null;
						solved = kind == ThreadKind.QUESTION && random.nextInt(2) == 0;
					}
					left--;
					var text = new StringBuilder();
					int sentences = 1 + random.nextInt(5);
					for (int s = 0; s < sentences; s++) {
						text.append(sentence(random, french, 6 + random.nextInt(14))).append(' ');
					}
					batch.add(new IndexedPost(id + 1L, thread + 1, space, kind, title, product, solved, first,
							text.toString().strip(), Instant.ofEpochSecond(1_700_000_000L + id)));
				}
				index.add(batch);
				return null;
			}));
		}
		for (Future<?> job : jobs) {
			job.get();
		}
		pool.shutdown();
		index.commit();
	}

	/**
	 * Words drawn with a Zipf-like skew (a few very common, a long tail), with glue
	 * words.
	 */
	private static String sentence(SplittableRandom random, boolean french, int words) {
		String[] vocabulary = french ? FR : EN;
		String[] glue = french ? FR_GLUE : EN_GLUE;
		var text = new StringBuilder();
		for (int w = 0; w < words; w++) {
			if (w > 0) {
				text.append(' ');
			}
			text.append(random.nextInt(3) == 0
					? glue[random.nextInt(glue.length)]
					: vocabulary[zipf(random, vocabulary.length)]);
		}
		text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
		return text.append('.').toString();
	}

	private static int zipf(SplittableRandom random, int n) {
		// Inverse of a continuous 1/x distribution over [1, n]: rank 1 is ~n/ln(n)
		// times rank n.
		return (int) Math.min(n - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(n))) - 1);
	}

	private static void run(SearchIndex index, int queries, SplittableRandom random, long[][] nanos, int... found) {
		var readable = new ArrayList<Long>();
		for (long s = 1; s <= SPACES; s++) {
			if (s % 10 != 0) {
				readable.add(s);
			}
		}
		Query readableSpaces = CommunitySearch.spacesQuery(readable);
		for (int q = 0; q < queries; q++) {
			boolean french = random.nextInt(10) < 4;
			String[] vocabulary = french ? FR : EN;
			int count = 1 + random.nextInt(3);
			var typed = new StringBuilder();
			for (int w = 0; w < count; w++) {
				typed.append(vocabulary[zipf(random, vocabulary.length)]).append(' ');
			}
			var filter = new BooleanQuery.Builder();
			if (random.nextInt(5) == 0) {
				filter.add(KeywordField.newExactQuery(SearchIndex.SPACE_ID,
						Long.toString(readable.get(random.nextInt(readable.size())))), Occur.FILTER);
			} else {
				filter.add(readableSpaces, Occur.FILTER);
			}
			if (random.nextInt(10) < 3) {
				filter.add(KeywordField.newExactQuery(SearchIndex.KIND, ThreadKind.values()[random.nextInt(4)].name()),
						Occur.FILTER);
			}
			if (random.nextInt(10) == 0) {
				filter.add(KeywordField.newExactQuery(SearchIndex.PRODUCT,
						SearchText.productKey("Product " + random.nextInt(PRODUCTS))), Occur.FILTER);
			}
			if (random.nextInt(5) == 0) {
				filter.add(KeywordField.newExactQuery(SearchIndex.SOLVED, "true"), Occur.FILTER);
			}
			int page = random.nextInt(10) == 0 ? 2 : 1;
			long start = System.nanoTime();
			int hits = searchOnePage(index, typed.toString(), filter.build(), page);
			long took = System.nanoTime() - start;
			if (nanos != null) {
				nanos[0][q] = took;
				if (hits > 0) {
					found[0]++;
				}
			}
		}
	}

	/** What {@link CommunitySearch#search} does with the index for one page. */
	private static int searchOnePage(SearchIndex index, String typed, Query filter, int page) {
		List<String> words = SearchText.words(typed);
		Query every = new BooleanQuery.Builder().add(SearchText.query(words, true, false), Occur.MUST)
				.add(filter, Occur.FILTER).build();
		return index.search(searcher -> {
			Query matched = every;
			TopDocs top = searcher.search(every, page * CommunitySearch.PAGE_SIZE);
			if (top.totalHits.value() == 0 && words.size() > 1) {
				matched = new BooleanQuery.Builder().add(SearchText.query(words, false, false), Occur.MUST)
						.add(filter, Occur.FILTER).build();
				top = searcher.search(matched, page * CommunitySearch.PAGE_SIZE);
			}
			StoredFields stored = searcher.storedFields();
			ScoreDoc[] docs = top.scoreDocs;
			int shown = 0;
			for (int i = (page - 1) * CommunitySearch.PAGE_SIZE; i < docs.length; i++) {
				Document d = stored.document(docs[i].doc);
				Excerpts.title(matched, d.get(SearchIndex.TITLE));
				Excerpts.body(matched, d.get(SearchIndex.BODY));
				shown++;
			}
			return shown;
		});
	}
}
