package app.agora.listening.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's figures, laid out for drawing: each chart a list of series of
 * points with their place in the picture and the inbox address they lead to.
 */
record DashboardData(List<LocalDate> weeks, Chart volume, Chart sentiment, List<Rising> rising, List<Bar> competitors,
		long items, long customers) {

	/**
	 * A line chart: series over the weeks, in a box of {@link #WIDTH} ×
	 * {@link #HEIGHT}.
	 */
	record Chart(List<Series> series, double max, List<Tick> ticks) {
	}

	record Series(String name, String colour, List<Point> points) {

		/** The SVG polyline's points attribute. */
		public String polyline() {
			StringBuilder line = new StringBuilder();
			for (Point p : points) {
				line.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", p.x(), p.y()));
			}
			return line.toString().strip();
		}
	}

	/** One value of a series: where it is drawn, what it says, where it leads. */
	record Point(double x, double y, String label, String href) {
	}

	/** A label on the time axis. */
	record Tick(double x, String label) {
	}

	/** A theme rising against its own baseline. */
	record Rising(long themeId, String name, long recent, double baseline, double rise) {
	}

	/** A competitor's mentions, drawn as a bar of {@code width}. */
	record Bar(String name, String competitorId, long mentions, double width, String href) {
	}

	static final int WIDTH = 640;
	static final int HEIGHT = 220;
	static final int LEFT = 40;
	static final int BOTTOM = 24;
}
