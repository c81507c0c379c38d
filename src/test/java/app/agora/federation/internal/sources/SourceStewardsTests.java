package app.agora.federation.internal.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The optional {@code stewards:} of a source: who answers correction requests
 * about its facts.
 */
class SourceStewardsTests {

	private final SourceFileReader reader = new SourceFileReader(Map.of("jdbc", FakeConnectorFactory.jdbc()));

	@Test
	void stewardsAreAccountEmailsInLowerCase() {
		var sources = reader.read("sources.yaml",
				new StringReader(file("stewards: [Agent@Agora.demo, admin@agora.demo]")));
		assertThat(sources.getFirst().stewards()).containsExactly("agent@agora.demo", "admin@agora.demo");
	}

	@Test
	void withoutStewardsRequestsGoToAllStaff() {
		var sources = reader.read("sources.yaml", new StringReader(file("")));
		assertThat(sources.getFirst().stewards()).isEmpty();
	}

	@Test
	void aStewardThatIsNotAnEmailNamesFileLineAndField() {
		assertThatThrownBy(() -> reader.read("sources.yaml",
				new StringReader(file("stewards:\n      - agent@agora.demo\n      - the billing team"))))
				.isInstanceOfSatisfying(SourceConfigException.class, e -> {
					assertThat(e.line()).isEqualTo(7);
					assertThat(e.field()).isEqualTo("sources[0].stewards[1]");
					assertThat(e.getMessage()).contains("the billing team");
				});
		assertThatThrownBy(() -> reader.read("sources.yaml", new StringReader(file("stewards: agent@agora.demo"))))
				.isInstanceOfSatisfying(SourceConfigException.class,
						e -> assertThat(e.field()).isEqualTo("sources[0].stewards"));
	}

	private static String file(String stewards) {
		return """
				sources:
				  - id: billing
				    connector: jdbc
				    settings: {url: "jdbc:h2:mem:x"}
				    %s
				    facets:
				      profile: {query: select 1, key: customer_no}
				""".formatted(stewards);
	}
}
