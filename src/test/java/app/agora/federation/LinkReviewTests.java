package app.agora.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LinkReviewTests {

	private final LinkReview review = new LinkReview(UUID.randomUUID(), new RecordRef("agora", "p-1"),
			new RecordRef("shop", "W-162"), null, 0.64, 0.84, null,
			List.of(new ReviewComparison("name", "exact", 5.5, "liam obrien", "liam obrien"),
					new ReviewComparison("email", "different", -5.6, "a", "b")),
			Map.of("name", "Liam O'Brien", "city", "Cork", "email", "liam.obrien@example.ie"),
			Map.of("name", "Liam OBrien", "city", " cork", "email", "liam.ob@outlook.example"), ReviewStatus.OPEN,
			Instant.EPOCH, "run", null, null, null);

	@Test
	void fieldsAgreeWhenTheValuesMatchOrTheModelFoundThemExactlyTheSame() {
		assertThat(review.agrees("city")).isTrue();
		assertThat(review.agrees("name")).isTrue();
		assertThat(review.agrees("email")).isFalse();
		assertThat(review.agrees("phone")).isFalse();
	}
}
