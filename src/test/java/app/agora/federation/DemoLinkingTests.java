package app.agora.federation;

import static org.assertj.core.api.Assertions.assertThat;

import app.agora.support.AgoraTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's first linking run, as a new user sees it: links made by the model
 * and a few pairs waiting for review.
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
		System.out.println("DEMO RUN " + run);
		List<Map<String, Object>> links = jdbc
				.sql("select source_id, record_key, method, score, explanation from source_link order by 1, 2").query()
				.listOfRows();
		links.forEach(l -> System.out.println("LINK " + l));
		jdbc.sql("select left_source, left_key, right_source, right_key, probability, explanation from link_review")
				.query().listOfRows().forEach(r -> System.out.println("REVIEW " + r));
		assertThat(run.kind()).isEqualTo(LinkingRun.Kind.FIRST_LOAD);
		assertThat(run.state()).isEqualTo(LinkingRun.State.COMPLETED);
		assertThat(run.linksMade()).isPositive();
		assertThat(run.reviewsProposed()).isPositive();
	}
}
