package app.agora.community.internal.bench;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Fills a PostgreSQL database that Agora has migrated with benchmark spaces,
 * threads and posts, through COPY: about {@code target} posts in threads of 1
 * to 600 posts (200 on average), across four public spaces, by the accounts the
 * database holds. Idempotent: a database that already holds the target number
 * of bench posts is left as it is; a partial one is cleared and seeded again.
 * Posts are Markdown with the safe HTML Agora would store for them (paragraphs,
 * emphasis, lists, links, code), 100 to 1,200 characters.
 */
final class CommunitySeed {

	static final String SPACE_PREFIX = "bench-";
	private static final String[][] SPACES = {{"bench-alps", "Bench: Alps hut treks"},
			{"bench-family", "Bench: trekking with children"}, {"bench-gear", "Bench: gear and packing"},
			{"bench-islands", "Bench: island hopping"}};
	private static final String[] KINDS = {"DISCUSSION", "QUESTION", "QUESTION", "REVIEW", "IDEA"};
	private static final String[] TOPICS = {"the Alta Via 1", "the Tour du Mont-Blanc", "the GR20", "hut etiquette",
			"trail running shoes", "a 35-litre pack", "the Vanoise with two children", "September weather",
			"the Haute Route", "water filters", "rain jackets", "the ferry to Stromboli"};
	private static final String[] SENTENCES = {"We did it last summer with a group of six and loved every stage.",
			"The second day is the hardest: **1,200 m up** before lunch, so start early.",
			"Book the huts at least three months ahead; in August they are full by May.",
			"Les refuges acceptent les cartes, mais gardez du liquide pour les douches.",
			"My children (8 and 11) walked *every* stage without complaining, which surprised me.",
			"Poles help a lot on the descents, especially with a heavy pack.",
			"The guide adapted the route when a storm came in, and nobody minded.",
			"Is the via ferrata section optional, or does everyone have to do it?",
			"Bring earplugs: dormitories can be loud, whatever the brochure says.",
			"The food at the huts was better than in most restaurants in town.",
			"J'ai trouvé le rythme un peu rapide le troisième jour, mais c'était faisable.",
			"Weather changes fast above 2,000 m: pack a warm layer even in July.",
			"We took the cable car to skip the first climb and did not regret it."};

	private static final String[] SENTENCES_HTML = java.util.Arrays.stream(SENTENCES)
			.map(s -> s.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>").replaceAll("\\*(.+?)\\*", "<em>$1</em>"))
			.toArray(String[]::new);

	private CommunitySeed() {
	}

	/** Seeds when needed; answers the number of bench posts in the database. */
	static long seed(String url, String user, String password, long target) throws SQLException, IOException {
		try (Connection db = DriverManager.getConnection(url, user, password)) {
			long have = count(db, "select count(*) from community_post p join community_thread t on t.id = p.thread_id "
					+ "join community_space s on s.id = t.space_id where s.slug like 'bench-%'");
			if (have >= target) {
				System.out.printf(Locale.ROOT, "seed: %d bench posts already there%n", have);
				return have;
			}
			long started = System.nanoTime();
			db.setAutoCommit(false);
			try (var st = db.createStatement()) {
				st.execute("delete from community_space where slug like 'bench-%'");
				// The rows below are consistent by construction; skipping the per-row foreign
				// key triggers makes the load several times faster.
				st.execute("set local session_replication_role = replica");
			}
			List<UUID> accounts = new ArrayList<>();
			List<String> names = new ArrayList<>();
			try (var st = db.createStatement();
					var rs = st.executeQuery("select id, display_name from account order by email")) {
				while (rs.next()) {
					accounts.add(rs.getObject(1, UUID.class));
					names.add(rs.getString(2));
				}
			}
			if (accounts.isEmpty()) {
				throw new IllegalStateException("No account in the database: start Agora once with the demo on.");
			}
			long[] spaceIds = new long[SPACES.length];
			for (int i = 0; i < SPACES.length; i++) {
				try (var ps = db.prepareStatement("""
						insert into community_space (slug, name, description, visibility, created_at, updated_at)
						values (?, ?, 'Generated for the benchmarks (bench/community.sh).', 'PUBLIC', now(), now())
						returning id""")) {
					ps.setString(1, SPACES[i][0]);
					ps.setString(2, SPACES[i][1]);
					try (var rs = ps.executeQuery()) {
						rs.next();
						spaceIds[i] = rs.getLong(1);
					}
				}
			}
			long firstThread = count(db, "select coalesce(max(id), 0) + 1 from community_thread");
			long firstPost = count(db, "select coalesce(max(id), 0) + 1 from community_post");
			var random = new SplittableRandom(42);
			List<int[]> threads = new ArrayList<>(); // {space index, post count}
			long planned = 0;
			while (planned < target) {
				int posts = (int) Math.min(target - planned, 1 + random.nextInt(400));
				threads.add(new int[]{random.nextInt(SPACES.length), posts});
				planned += posts;
			}
			Instant start = Instant.now().minus(400, ChronoUnit.DAYS);
			var copy = ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI();
			var threadRows = new StringBuilder();
			for (int i = 0; i < threads.size(); i++) {
				int[] t = threads.get(i);
				int author = random.nextInt(accounts.size());
				Instant created = start.plusSeconds(i * 3_000L);
				threadRows.append(firstThread + i).append('\t').append(spaceIds[t[0]]).append('\t')
						.append(KINDS[random.nextInt(KINDS.length)]).append('\t').append("Thread ").append(i + 1)
						.append(" about ").append(TOPICS[random.nextInt(TOPICS.length)]).append('\t')
						.append(accounts.get(author)).append('\t').append(names.get(author)).append('\t').append(t[1])
						.append('\t').append(created).append('\t').append(created.plusSeconds(t[1] * 600L))
						.append('\n');
			}
			copy.copyIn(
					"copy community_thread (id, space_id, kind, title, author_account_id, author_name, "
							+ "post_count, created_at, last_activity_at) from stdin",
					new java.io.StringReader(threadRows.toString()));
			var posts = new PostRows(threads, firstThread, firstPost, accounts, names, start, random);
			long written = copy
					.copyIn("copy community_post (id, thread_id, author_account_id, author_name, source, html, "
							+ "quoted_post_id, created_at) from stdin", posts);
			try (var st = db.createStatement()) {
				st.execute("select setval(pg_get_serial_sequence('community_thread', 'id'), "
						+ "(select max(id) from community_thread))");
				st.execute("select setval(pg_get_serial_sequence('community_post', 'id'), "
						+ "(select max(id) from community_post))");
			}
			db.commit();
			db.setAutoCommit(true);
			try (var st = db.createStatement()) {
				st.execute("vacuum analyze community_thread");
				st.execute("vacuum analyze community_post");
			}
			System.out.printf(Locale.ROOT, "seed: %d posts in %d threads written in %.1f s%n", written, threads.size(),
					(System.nanoTime() - started) / 1e9);
			return written;
		}
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (var st = db.createStatement(); var rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The posts as COPY text, made while PostgreSQL reads them. */
	private static final class PostRows extends Reader {

		private final List<int[]> threads;
		private final long firstThread;
		private final List<UUID> accounts;
		private final List<String> names;
		private final Instant start;
		private final SplittableRandom random;
		private long nextPost;
		private int thread;
		private int inThread;
		private long threadFirstPost;
		private final StringBuilder buffer = new StringBuilder(1 << 16);
		private int position;

		PostRows(List<int[]> threads, long firstThread, long firstPost, List<UUID> accounts, List<String> names,
				Instant start, SplittableRandom random) {
			this.threads = threads;
			this.firstThread = firstThread;
			this.nextPost = firstPost;
			this.threadFirstPost = firstPost;
			this.accounts = accounts;
			this.names = names;
			this.start = start;
			this.random = random;
		}

		@Override
		public int read(char[] into, int offset, int length) {
			while (position >= buffer.length()) {
				if (thread >= threads.size()) {
					return -1;
				}
				buffer.setLength(0);
				position = 0;
				for (int i = 0; i < 100 && thread < threads.size(); i++) {
					row();
				}
			}
			int n = Math.min(length, buffer.length() - position);
			buffer.getChars(position, position + n, into, offset);
			position += n;
			return n;
		}

		private void row() {
			int author = random.nextInt(accounts.size());
			var source = new StringBuilder();
			var html = new StringBuilder();
			int paragraphs = 1 + random.nextInt(4);
			for (int p = 0; p < paragraphs; p++) {
				if (p > 0) {
					source.append("\\n\\n");
					html.append("\\n");
				}
				if (random.nextInt(6) == 0) {
					html.append("<ul>");
					for (int item = 0; item < 3; item++) {
						int s = random.nextInt(SENTENCES.length);
						source.append(item > 0 ? "\\n" : "").append("- ").append(SENTENCES[s]);
						html.append("<li>").append(SENTENCES_HTML[s]).append("</li>");
					}
					html.append("</ul>");
				} else {
					html.append("<p>");
					int sentences = 1 + random.nextInt(4);
					for (int s = 0; s < sentences; s++) {
						int text = random.nextInt(SENTENCES.length);
						source.append(s > 0 ? " " : "").append(SENTENCES[text]);
						html.append(s > 0 ? " " : "").append(SENTENCES_HTML[text]);
					}
					if (random.nextInt(5) == 0) {
						source.append(" See [the hut list](https://www.example.org/huts/").append(p).append(").");
						html.append(" See <a href=\"https://www.example.org/huts/").append(p)
								.append("\" rel=\"nofollow ugc noopener\">the hut list</a>.");
					}
					html.append("</p>");
				}
			}
			Long quoted = inThread > 0 && random.nextInt(10) == 0 ? threadFirstPost + random.nextInt(inThread) : null;
			Instant created = start.plusSeconds((thread) * 3_000L + inThread * 600L);
			buffer.append(nextPost).append('\t').append(firstThread + thread).append('\t').append(accounts.get(author))
					.append('\t').append(names.get(author)).append('\t').append(source).append('\t').append(html)
					.append('\t').append(quoted == null ? "\\N" : quoted.toString()).append('\t').append(created)
					.append('\n');
			nextPost++;
			inThread++;
			if (inThread == threads.get(thread)[1]) {
				thread++;
				inThread = 0;
				threadFirstPost = nextPost;
			}
		}

		@Override
		public void close() {
		}
	}
}
