package app.agora.federation.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.agora.federation.Fact;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FacetTableTests {

	@Test
	void knownFacetsKeepTheirColumnOrderAndAnyOtherFieldFollows() {
		var facts = List.of(fact(Map.of("currency", "EUR", "amount", 12, "loyalty-points", 3)),
				fact(Map.of("description", "Tent", "status", "paid")));
		assertThat(FacetTable.columns("transactions", facts)).containsExactly("description", "amount", "currency",
				"status", "loyalty-points");
	}

	@Test
	void aFacetNoPageKnowsShowsItsFieldsAsTheyCome() {
		var tables = FacetTable.of(Map.of("household", List.of(fact(Map.of("members", "4", "city", "Lyon")))));
		assertThat(tables).singleElement().satisfies(table -> {
			assertThat(table.facet()).isEqualTo("household");
			assertThat(table.columns()).containsExactly("city", "members");
		});
	}

	private static Fact fact(Map<String, Object> fields) {
		return new Fact("billing", "K-1", Instant.parse("2025-03-01T00:00:00Z"), fields);
	}
}
