package app.agora.listening;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The inbox's filters; each null filter lets everything through. Dates are days
 * (from and to included) in UTC.
 */
public record FeedbackQuery(String product, UUID competitorId, Long themeId, String sentiment, FeedbackOrigin origin,
		LocalDate from, LocalDate to, FeedbackState state) {

	public static FeedbackQuery all() {
		return new FeedbackQuery(null, null, null, null, null, null, null, null);
	}
}
