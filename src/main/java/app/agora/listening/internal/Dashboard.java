package app.agora.listening.internal;

import app.agora.listening.internal.DashboardData.Bar;
import app.agora.listening.internal.DashboardData.Chart;
import app.agora.listening.internal.DashboardData.Point;
import app.agora.listening.internal.DashboardData.Rising;
import app.agora.listening.internal.DashboardData.Series;
import app.agora.listening.internal.DashboardData.Tick;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads the dashboard: feedback volume of the largest themes week by week, the
 * sentiment trend, the themes rising against their own baseline, and competitor
 * mentions; every point leads to its items in the inbox.
 */
@Component
class Dashboard {

	private static final String[] COLOURS = {"#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df"};
	private static final int THEMES_DRAWN = 5;
	private static final int RISING_SHOWN = 10;

	private final JdbcClient jdbc;

	Dashboard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DashboardData read(int weeks, LocalDate today) {
		LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
		List<LocalDate> starts = new ArrayList<>();
		for (int w = 0; w < weeks; w++) {
			starts.add(first.plusWeeks(w));
		}
		var from = first.atStartOfDay().atOffset(ZoneOffset.UTC);
		Map<Long, String> names = new HashMap<>();
		Map<Long, long[]> byTheme = new LinkedHashMap<>();
		double[] scoreSum = new double[weeks];
		long[] scored = new long[weeks];
		jdbc.sql(
				"""
						select f.theme_id, t.name, cast(f.said_at as date) as said_day, count(*) as n, sum(f.sentiment_score) as s
						from listening_feedback f left join listening_theme t on t.id = f.theme_id
						where f.state = 'TAGGED' and f.said_at >= :from group by f.theme_id, t.name, cast(f.said_at as date)""")
				.param("from", from).query((java.sql.ResultSet rs) -> {
					int week = (int) ChronoUnit.WEEKS.between(first, day(rs.getDate("said_day")));
					if (week < 0 || week >= weeks) {
						return;
					}
					long n = rs.getLong("n");
					long theme = rs.getLong("theme_id");
					if (!rs.wasNull()) {
						names.put(theme, rs.getString("name"));
						byTheme.computeIfAbsent(theme, k -> new long[weeks])[week] += n;
					}
					scoreSum[week] += rs.getDouble("s");
					scored[week] += n;
				});
		List<Long> largest = byTheme.entrySet().stream()
				.sorted((a, b) -> Long.compare(total(b.getValue()), total(a.getValue()))).limit(THEMES_DRAWN)
				.map(Map.Entry::getKey).toList();
		double max = Math.max(1,
				largest.stream().flatMapToLong(t -> java.util.Arrays.stream(byTheme.get(t))).max().orElse(1));
		List<Series> volume = new ArrayList<>();
		for (int i = 0; i < largest.size(); i++) {
			long theme = largest.get(i);
			long[] counts = byTheme.get(theme);
			List<Point> points = new ArrayList<>();
			for (int w = 0; w < weeks; w++) {
				points.add(new Point(x(w, weeks), y(counts[w], max),
						names.get(theme) + ", week of " + starts.get(w) + ": " + counts[w],
						inbox(Map.of("theme", String.valueOf(theme)), starts.get(w))));
			}
			volume.add(new Series(names.get(theme), COLOURS[i % COLOURS.length], points));
		}
		List<Point> trend = new ArrayList<>();
		for (int w = 0; w < weeks; w++) {
			double mean = scored[w] == 0 ? 0 : scoreSum[w] / scored[w];
			trend.add(new Point(x(w, weeks), (DashboardData.HEIGHT - DashboardData.BOTTOM) * (1 - mean) / 2, String
					.format(java.util.Locale.ROOT, "week of %s: %+.2f (%d items)", starts.get(w), mean, scored[w]),
					inbox(Map.of(), starts.get(w))));
		}
		List<Tick> ticks = new ArrayList<>();
		for (int w = 0; w < weeks; w += Math.max(1, weeks / 6)) {
			ticks.add(new Tick(x(w, weeks), starts.get(w).toString()));
		}
		return new DashboardData(starts, new Chart(volume, max, ticks),
				new Chart(List.of(new Series("sentiment", COLOURS[0], trend)), 1, ticks), rising(today),
				competitors(from), total(scored), customers(from));
	}

	/**
	 * Themes of the last 14 days against the 8 weeks before, the most risen first.
	 */
	private List<Rising> rising(LocalDate today) {
		var recent = today.minusDays(13).atStartOfDay().atOffset(ZoneOffset.UTC);
		var before = recent.minusWeeks(8);
		return jdbc.sql("""
				select t.id, t.name,
				  sum(case when f.said_at >= :recent then 1 else 0 end) as recent,
				  sum(case when f.said_at < :recent then 1 else 0 end) as earlier
				from listening_feedback f join listening_theme t on t.id = f.theme_id
				where f.state = 'TAGGED' and f.said_at >= :before group by t.id, t.name""").param("recent", recent)
				.param("before", before).query((rs, n) -> {
					long now = rs.getLong("recent");
					double baseline = rs.getLong("earlier") / 4.0;
					return new Rising(rs.getLong("id"), rs.getString("name"), now, baseline,
							now / Math.max(1.0, baseline));
				}).list().stream().filter(r -> r.recent() >= 2).sorted((a, b) -> Double.compare(b.rise(), a.rise()))
				.limit(RISING_SHOWN).toList();
	}

	private List<Bar> competitors(java.time.OffsetDateTime from) {
		var rows = jdbc.sql("""
				select c.competitor_id, min(c.competitor_name) as name, count(*) as n
				from listening_feedback_competitor c join listening_feedback f on f.id = c.feedback_id
				where f.said_at >= :from group by c.competitor_id order by count(*) desc""").param("from", from)
				.query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)}).list();
		long max = rows.stream().mapToLong(r -> (long) r[2]).max().orElse(1);
		return rows.stream()
				.map(r -> new Bar((String) r[1], r[0].toString(), (long) r[2],
						(DashboardData.WIDTH - 200.0) * (long) r[2] / max,
						inbox(Map.of("competitor", r[0].toString()), null)))
				.toList();
	}

	private long customers(java.time.OffsetDateTime from) {
		return jdbc
				.sql("""
						select count(distinct coalesce(cast(author_party_id as varchar(36)), cast(author_account_id as varchar(36))))
						from listening_feedback where state = 'TAGGED' and said_at >= :from""")
				.param("from", from).query(Long.class).single();
	}

	private static String inbox(Map<String, String> filters, LocalDate week) {
		var uri = UriComponentsBuilder.fromPath("/listening");
		filters.forEach(uri::queryParam);
		if (week != null) {
			uri.queryParam("from", week.toString()).queryParam("to", week.plusDays(6).toString());
		}
		return uri.encode().toUriString();
	}

	private static double x(int week, int weeks) {
		return DashboardData.LEFT + (DashboardData.WIDTH - DashboardData.LEFT - 10.0) * week / Math.max(1, weeks - 1);
	}

	private static double y(long value, double max) {
		return (DashboardData.HEIGHT - DashboardData.BOTTOM) * (1 - value / max) + 4;
	}

	private static long total(long[] counts) {
		long sum = 0;
		for (long c : counts) {
			sum += c;
		}
		return sum;
	}

	private static LocalDate day(Date date) {
		return date.toLocalDate();
	}
}
