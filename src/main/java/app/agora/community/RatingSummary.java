package app.agora.community;

import java.util.List;

/**
 * How a product is rated: the number of reviews, their average (0 when none)
 * and how many gave each number of stars, 5 first.
 */
public record RatingSummary(int count, double average, List<Bar> distribution) {

	/** The reviews that gave {@code stars} stars. */
	public record Bar(int stars, int count) {
	}

	/** The average rounded to one decimal, as shown. */
	public String averageText() {
		return String.format(java.util.Locale.ROOT, "%.1f", average);
	}
}
