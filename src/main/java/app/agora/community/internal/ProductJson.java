package app.agora.community.internal;

import app.agora.community.Participant;
import app.agora.community.Product;
import app.agora.community.ProductOverview;
import app.agora.community.ProductQuestion;
import app.agora.community.RatingSummary;
import app.agora.community.Review;
import java.time.Instant;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Products, reviews and questions as the API and the widget show them: names,
 * never account ids (a reader learns only whether a review is their own).
 */
final class ProductJson {

	private ProductJson() {
	}

	record ReviewJson(long threadId, String url, String title, int stars, boolean verifiedOwner, String authorName,
			boolean mine, long postId, String html, String excerpt, int version, int replies, Instant createdAt,
			Instant editedAt) {
	}

	record AnswerJson(long postId, String authorName, String html, String excerpt, Instant createdAt) {
	}

	record QuestionJson(long threadId, String url, String title, String askerName, boolean ownerQuestion,
			Instant askedAt, String html, List<AnswerJson> answers) {
	}

	record OverviewJson(Product product, String url, RatingSummary rating, List<ReviewJson> reviews,
			List<QuestionJson> questions) {
	}

	static ReviewJson review(Review r, Participant who, String base) {
		return new ReviewJson(r.threadId(), base + r.path(), r.title(), r.stars(), r.verifiedOwner(), r.authorName(),
				who != null && who.accountId().equals(r.authorAccountId()), r.postId(), r.html(), excerpt(r.html()),
				r.version(), r.replies(), r.createdAt(), r.editedAt());
	}

	static QuestionJson question(ProductQuestion q, String base) {
		return new QuestionJson(q.threadId(), base + q.path(), q.title(), q.askerName(), q.ownerQuestion(), q.askedAt(),
				q.question().html(),
				q.answers().stream()
						.map(a -> new AnswerJson(a.id(), a.authorName(), a.html(), excerpt(a.html()), a.createdAt()))
						.toList());
	}

	static OverviewJson overview(ProductOverview o, Participant who, String base) {
		return new OverviewJson(o.product(), base + o.product().path(), o.rating(),
				o.reviews().stream().map(r -> review(r, who, base)).toList(),
				o.questions().stream().map(q -> question(q, base)).toList());
	}

	/**
	 * Plain text of sanitised HTML, at most 280 characters, for a widget to show
	 * with textContent.
	 */
	static String excerpt(String html) {
		String text = HtmlUtils.htmlUnescape(html.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
		return text.length() > 280 ? text.substring(0, 279).strip() + "…" : text;
	}
}
