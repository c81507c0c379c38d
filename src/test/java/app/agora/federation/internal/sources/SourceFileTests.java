package app.agora.federation.internal.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceFileTests {

	private final SourceFileReader reader = new SourceFileReader(Map.of("jdbc", FakeConnectorFactory.jdbc()));

	@Test
	void aWellFormedFileGivesItsSources() {
		var sources = reader.read("sources.yaml", new StringReader("""
				sources:
				  - id: billing
				    connector: jdbc
				    timeout: PT2S
				    cache: PT1M
				    settings:
				      url: jdbc:h2:mem:x
				    facets:
				      loyalty-points:
				        query: select 1
				        key: customer_no
				        fields:
				          points: pts
				"""));
		assertThat(sources).singleElement().satisfies(source -> {
			assertThat(source.timeout()).isEqualTo(Duration.ofSeconds(2));
			assertThat(source.cacheFor()).isEqualTo(Duration.ofMinutes(1));
			assertThat(source.facets().getFirst().facet()).isEqualTo("loyalty-points");
			assertThat(source.facets().getFirst().fields()).containsEntry("points", "pts");
		});
	}

	@Test
	void unknownConnectorNamesFileLineAndField() {
		assertThatThrownBy(() -> reader.read("sources.yaml", new StringReader("""
				sources:
				  - id: billing
				    connector: jdcb
				    facets: {}
				"""))).isInstanceOfSatisfying(SourceConfigException.class, e -> {
			assertThat(e.file()).isEqualTo("sources.yaml");
			assertThat(e.line()).isEqualTo(3);
			assertThat(e.field()).isEqualTo("sources[0].connector");
			assertThat(e.getMessage()).contains("sources.yaml", "line 3", "sources[0].connector", "jdcb", "jdbc");
		});
	}

	@Test
	void missingRequiredSettingNamesTheField() {
		assertThatThrownBy(() -> reader.read("sources.yaml", new StringReader("""
				sources:
				  - id: billing
				    connector: jdbc
				    settings:
				      user: sa
				    facets:
				      profile:
				        query: select 1
				        key: no
				"""))).isInstanceOfSatisfying(SourceConfigException.class, e -> {
			assertThat(e.field()).isEqualTo("sources[0].settings.url");
			assertThat(e.line()).isEqualTo(5);
		});
	}

	@Test
	void badDurationAndUnknownFacetFieldNameTheirLine() {
		assertThatThrownBy(() -> reader.read("s.yaml", new StringReader("""
				sources:
				  - id: billing
				    connector: jdbc
				    settings: {url: "jdbc:h2:mem:x"}
				    timeout: 2 seconds
				"""))).isInstanceOfSatisfying(SourceConfigException.class, e -> {
			assertThat(e.field()).isEqualTo("sources[0].timeout");
			assertThat(e.line()).isEqualTo(5);
		});
		assertThatThrownBy(() -> reader.read("s.yaml", new StringReader("""
				sources:
				  - id: billing
				    connector: jdbc
				    settings: {url: "jdbc:h2:mem:x"}
				    facets:
				      profile:
				        query: select 1
				        key: no
				        qurey: select 2
				"""))).isInstanceOfSatisfying(SourceConfigException.class, e -> {
			assertThat(e.field()).isEqualTo("sources[0].facets.profile.qurey");
			assertThat(e.line()).isEqualTo(9);
		});
	}

	@Test
	void brokenYamlNamesItsLine() {
		assertThatThrownBy(() -> reader.read("s.yaml", new StringReader("sources:\n  - id: [unclosed\n")))
				.isInstanceOfSatisfying(SourceConfigException.class, e -> assertThat(e.line()).isPositive());
	}
}
