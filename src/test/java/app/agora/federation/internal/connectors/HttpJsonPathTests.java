package app.agora.federation.internal.connectors;

import static app.agora.federation.internal.connectors.SourceTestBench.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.agora.federation.Fact;
import app.agora.federation.SourceState;
import app.agora.federation.internal.sources.SourceConfigException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The http-json mapping with JSONPath ({@code $…}) beside JSON pointers
 * ({@code /…}) and plain property names, against a loopback API.
 */
class HttpJsonPathTests {

	private SourceTestBench bench;

	@BeforeEach
	void start() throws Exception {
		bench = new SourceTestBench();
		bench.json("/customers", """
				{"data": {"customer": {"ref": "K-1",
				  "orders": [
				    {"no": "O-1", "placed": "2025-01-02T10:00:00Z", "total": {"amount": 12.5},
				     "phones": [{"type": "home", "number": "01"}, {"type": "mobile", "number": "06"}]},
				    {"no": "O-2", "placed": "2025-03-01", "total": {"amount": 3}, "phones": []}
				  ]}},
				 "links": {"next": "/customers-2"}}
				""");
		bench.json("/customers-2",
				"""
						{"data": {"customer": {"ref": "K-1", "orders": [{"no": "O-3", "placed": "2024-12-01", "total": {"amount": 1}}]}},
						 "links": {}}
						""");
	}

	@AfterEach
	void stop() {
		bench.close();
	}

	@Test
	void jsonPathFindsRecordsFieldsAndTheNextPage() {
		var view = bench.view(source("""
				        records: $.data.customer.orders[*]
				        next: $.links.next
				        key: $.no
				        id: no
				        as-of: /placed
				        fields:
				          amount: $.total.amount
				          mobile: $.phones[?(@.type == 'mobile')].number
				"""));
		assertThat(status(view, "shop").status()).isEqualTo(SourceState.OK);
		var orders = view.facets().get("transactions");
		assertThat(orders).extracting(Fact::recordKey).containsExactly("O-2", "O-1", "O-3");
		assertThat(orders.get(1).fields()).containsEntry("amount", 12.5).containsEntry("mobile", "06");
		assertThat(orders.getFirst().fields()).containsEntry("amount", 3).containsEntry("mobile", null);
		assertThat(orders.get(1).asOf()).isEqualTo(Instant.parse("2025-01-02T10:00:00Z"));
	}

	@Test
	void aDeepScanFindsRecordsWhereverTheyAre() {
		var view = bench.view(source("""
				        records: $..orders[?(@.total.amount > 2)]
				        key: no
				        fields:
				          amount: /total/amount
				"""));
		assertThat(view.facets().get("transactions")).extracting(Fact::recordKey).containsExactlyInAnyOrder("O-1",
				"O-2");
	}

	@Test
	void aPathThatFindsNoArrayIsAnErrorStatus() {
		var view = bench.view(source("""
				        records: $.data.customer.ref
				        key: no
				"""));
		assertThat(status(view, "shop").status()).isEqualTo(SourceState.ERROR);
		assertThat(status(view, "shop").message()).contains("expected an array of records");
	}

	@Test
	void anInvalidPathStopsTheStartWithItsFileLineAndField() {
		assertThatThrownBy(() -> SourceTestBench.read(source("""
				        records: $.data[?(@.x ==
				        key: no
				"""))).isInstanceOf(SourceConfigException.class).hasMessageContaining("sources.yaml")
				.hasMessageContaining("line 9").hasMessageContaining("sources[0].facets.transactions.records")
				.hasMessageContaining("JSONPath");
		assertThatThrownBy(() -> SourceTestBench.read(source("""
				        key: no
				        fields:
				          amount: $.total..
				"""))).isInstanceOf(SourceConfigException.class).hasMessageContaining("line 11")
				.hasMessageContaining("sources[0].facets.transactions.fields.amount");
	}

	private String source(String facet) {
		return """
				sources:
				  - id: shop
				    connector: http-json
				    settings:
				      base-url: %s
				    facets:
				      transactions:
				        url: /customers?email={email}
				%s""".formatted(bench.base(), facet);
	}
}
