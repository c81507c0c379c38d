package app.agora.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.agora.access.Accounts;
import app.agora.community.Participant;
import app.agora.community.ProductOverview;
import app.agora.community.Products;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The product catalogue's tables and queries on each supported database: the
 * demo catalogue seeds with its verified-owner decisions, the product page's
 * queries run, and the database itself keeps one review per product and
 * reviewer and stars within 1..5.
 */
abstract class ProductPersistenceContract {

	@Autowired
	Products products;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcClient jdbc;

	private Participant who(String email) {
		return Participant.of(accounts.byEmail(email).orElseThrow()).orElseThrow();
	}

	@Test
	void theDemoCatalogueSeedsWithItsVerifiedOwners() {
		ProductOverview insurance = products.overview("annual-travel-insurance", null);
		assertThat(insurance.rating().count()).isGreaterThanOrEqualTo(2);
		assertThat(insurance.reviews().getFirst().verifiedOwner()).isTrue();
		assertThat(insurance.reviews().getFirst().authorName()).isEqualTo("Anne-Marie Leclerc");
		assertThat(insurance.questions()).anySatisfy(q -> {
			assertThat(q.ownerQuestion()).isTrue();
			assertThat(q.answers()).isNotEmpty();
		});
		assertThat(products.rating("alta-via-1").distribution()).hasSize(5);
	}

	@Test
	void theDatabaseKeepsOneReviewPerProductAndReviewerAndStarsWithinOneToFive() {
		long thread = jdbc.sql("select thread_id from community_review order by thread_id fetch first 1 rows only")
				.query(Long.class).single();
		var review = jdbc.sql("select product_id, reviewer_account_id from community_review where thread_id = :t")
				.param("t", thread).query((rs, n) -> new Object[]{rs.getLong(1), rs.getObject(2, UUID.class)}).single();
		long otherThread = jdbc
				.sql("select id from community_thread where id not in "
						+ "(select thread_id from community_review) fetch first 1 rows only")
				.query(Long.class).single();
		assertThatThrownBy(() -> insertReview(otherThread, (long) review[0], (UUID) review[1], 3))
				.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insertReview(otherThread, (long) review[0], UUID.randomUUID(), 6))
				.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theOwnersOptInIsKeptAndChanged() {
		Participant priya = who("prospect@agora.demo");
		assertThat(products.askable(priya)).isFalse();
		products.setAskable(priya, true);
		products.setAskable(priya, true);
		assertThat(products.askable(priya)).isTrue();
		products.setAskable(priya, false);
		assertThat(products.askable(priya)).isFalse();
	}

	private void insertReview(long thread, long product, UUID reviewer, int stars) {
		var now = OffsetDateTime.now();
		jdbc.sql("""
				insert into community_review (thread_id, product_id, reviewer_account_id, stars, verified_owner,
				  verified_at, created_at, updated_at)
				values (:thread, :product, :reviewer, :stars, false, :now, :now, :now)""").param("thread", thread)
				.param("product", product).param("reviewer", reviewer).param("stars", stars).param("now", now).update();
	}
}
