package app.agora.federation;

import static org.assertj.core.api.Assertions.assertThat;

import app.agora.support.AgoraTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's first linking run, as a new user finds it: links made by the model
 * across billing, the support desk and the web shop, a few pairs waiting for
 * review, and the family that shares an email kept apart.
 */
@AgoraTest
@TestPropertySource(properties = "agora.demo.link-records=true")
class DemoLinkingTests {

	@Autowired
	RecordLinking linking;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoStartsWithModelLinksAndOpenReviews() {
		Eventually.within(Duration.ofSeconds(60), () -> !linking.recentRuns(5).isEmpty()
				&& linking.recentRuns(5).stream().allMatch(LinkingRun::finished));
		var run = linking.recentRuns(5).getLast();
		assertThat(run.kind()).isEqualTo(LinkingRun.Kind.FIRST_LOAD);
		assertThat(run.trigger()).isEqualTo("demo");
		assertThat(run.state()).isEqualTo(LinkingRun.State.COMPLETED);
		assertThat(run.linksMade()).isGreaterThanOrEqualTo(10);
		assertThat(run.reviewsProposed()).isGreaterThanOrEqualTo(2);

		var linked = jdbc.sql("""
				select source_id || ':' || record_key from source_link where method in ('RULE', 'MODEL')
				and created_by like 'linking run %'""").query(String.class).list();
		assertThat(linked).contains("billing:C-10017", "billing:C-10042", "support:S-501", "support:S-502",
				"support:S-503", "shop:W-88");
		// Pierre shares Anne-Marie's family email and address, not her birth date.
		assertThat(linked).doesNotContain("billing:C-10018", "shop:W-131");
		// Priya's support contact has her phone and nothing else that agrees well: the
		// rule linked it, not the model's probability.
		assertThat(method("support", "S-503")).isEqualTo("RULE");
		assertThat(method("billing", "C-10042")).isEqualTo("MODEL");
		var reviewed = jdbc.sql("select right_source || ':' || right_key from link_review where status = 'OPEN'")
				.query(String.class).list();
		assertThat(reviewed).contains("shop:W-150", "shop:W-162", "shop:W-170");
		assertThat(linking.overview().openReviews()).isEqualTo(reviewed.size());
		assertThat(linking.overview().sources()).anySatisfy(s -> {
			assertThat(s.source()).isEqualTo("billing");
			assertThat(s.model()).isPositive();
		});
		assertThat(linking.overview().sources()).anySatisfy(s -> {
			assertThat(s.source()).isEqualTo("support");
			assertThat(s.rule()).isPositive();
		});
	}

	private String method(String source, String key) {
		return jdbc.sql("select method from source_link where source_id = :source and record_key = :key")
				.param("source", source).param("key", key).query(String.class).single();
	}
}
