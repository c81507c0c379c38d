package app.agora.federation.internal.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.agora.federation.CustomerView;
import app.agora.federation.Fact;
import app.agora.federation.SourceState;
import app.agora.federation.SourceStatus;
import app.agora.federation.internal.sources.SourceConfigException;
import app.agora.federation.internal.sources.SourceFileReader;
import app.agora.federation.internal.view.GuardedSource;
import app.agora.federation.internal.view.ViewComposer;
import app.agora.federation.spi.ConnectorFactory;
import app.agora.federation.spi.Lookup;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the jdbc connector promises on every database it is run against (H2,
 * PostgreSQL, MariaDB): a billing-like schema in a fresh schema or database,
 * read through the sources file, the guards and the connector.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcConnectorContract {

	private static final UUID PARTY = UUID.randomUUID();

	/** A database made for one test class; closing drops it. */
	interface Database extends AutoCloseable {
		String url();

		String username();

		String password();

		@Override
		void close();
	}

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
	private Database database;

	abstract Database open();

	@BeforeAll
	void createBilling() throws Exception {
		database = open();
		try (var connection = DriverManager.getConnection(database.url(), database.username(), database.password());
				var sql = connection.createStatement()) {
			sql.execute("create table customer (no varchar(10) primary key, email varchar(100), phone varchar(30),"
					+ " name varchar(100), since date, note varchar(20))");
			sql.execute("create table invoice (id varchar(10) primary key, customer_no varchar(10),"
					+ " amount decimal(10,2), issued date)");
			sql.execute("insert into customer values"
					+ " ('C-1', 'anne@example.com', '+33612345678', 'Anne', date '2023-05-02', 'soon'),"
					+ " ('C-2', 'o''brien@example.com', null, 'Sean', date '2022-01-01', null),"
					+ " ('C-3', 'x@example.com', '06 12 34 56 79', 'Xavier', date '2021-01-01', null),"
					+ " ('C-4', 'y@example.com', '0612345680', 'Yann', date '2020-01-01', null),"
					+ " ('C-5', 'z@example.com', null, 'Zoe', date '2019-01-01', null)");
			sql.execute("insert into invoice values ('I-1', 'C-1', 12.50, date '2025-01-02'),"
					+ " ('I-2', 'C-1', 3.00, date '2025-02-02')");
			for (int i = 0; i < 30; i++) {
				sql.execute("insert into invoice values ('Z-" + i + "', 'C-5', " + i + ", date '2024-01-01')");
			}
		}
	}

	@AfterAll
	void dropBilling() {
		executor.shutdownNow();
		if (database != null) {
			database.close();
		}
	}

	@Test
	void factsAreMappedWithTheirAsOfAndRecordIds() {
		var view = view(source("""
				      profile:
				        query: select * from customer where no in (:keys)
				        key: no
				        as-of: since
				        fields:
				          name: name
				      transactions:
				        query: select * from invoice where customer_no in (:keys)
				        key: customer_no
				        id: id
				        as-of: issued
				        fields:
				          amount: amount
				"""), Set.of("C-1"), null, null);
		assertThat(status(view).status()).isEqualTo(SourceState.OK);
		var profile = view.facets().get("profile").getFirst();
		assertThat(profile.recordKey()).isEqualTo("C-1");
		assertThat(profile.asOf()).isEqualTo(Instant.parse("2023-05-02T00:00:00Z"));
		assertThat(profile.fields()).containsEntry("name", "Anne");
		var invoices = view.facets().get("transactions");
		assertThat(invoices).extracting(Fact::recordKey).containsExactly("I-2", "I-1");
		assertThat(invoices.getFirst().asOf()).isEqualTo(Instant.parse("2025-02-02T00:00:00Z"));
		assertThat(new BigDecimal(invoices.getLast().fields().get("amount").toString())).isEqualByComparingTo("12.50");
	}

	@Test
	void valuesAreBoundNeverConcatenated() {
		String byEmail = source("""
				      profile:
				        query: select * from customer where lower(email) = :email
				        key: no
				""");
		assertThat(keys(view(byEmail, Set.of(), "o'brien@example.com", null))).containsExactly("C-2");
		var injected = view(byEmail, Set.of(), "' or 1=1 --", null);
		assertThat(status(injected).status()).isEqualTo(SourceState.OK);
		assertThat(keys(injected)).isEmpty();
		var injectedKey = view(source("""
				      profile:
				        query: select * from customer where no in (:keys)
				        key: no
				"""), Set.of("C-1') or ('1'='1"), null, null);
		assertThat(keys(injectedKey)).isEmpty();
	}

	@Test
	void keysMayBeNoneOneOrMany() {
		String byKeys = source("""
				      profile:
				        query: select * from customer where no in (:keys)
				        key: no
				""");
		var none = view(byKeys, Set.of(), null, null);
		assertThat(status(none).status()).isEqualTo(SourceState.OK);
		assertThat(keys(none)).isEmpty();
		assertThat(keys(view(byKeys, Set.of("C-2"), null, null))).containsExactly("C-2");
		assertThat(keys(view(byKeys, Set.of("C-1", "C-2", "C-3", "C-404"), null, null)))
				.containsExactlyInAnyOrder("C-1", "C-2", "C-3");
	}

	@Test
	void maxRowsIsEnforced() {
		var view = view(source("    max-rows: 5\n", """
				      transactions:
				        query: select * from invoice where customer_no in (:keys) order by id
				        key: customer_no
				        id: id
				"""), Set.of("C-5"), null, null);
		assertThat(status(view).status()).isEqualTo(SourceState.OK);
		assertThat(view.facets().get("transactions")).hasSize(5);
	}

	@Test
	void aWrongColumnOrAValueOfTheWrongTypeIsAnErrorNotABrokenView() {
		var unknownInQuery = view(source("""
				      profile:
				        query: select no, nickname from customer where no in (:keys)
				        key: no
				"""), Set.of("C-1"), null, null);
		assertThat(status(unknownInQuery).status()).isEqualTo(SourceState.ERROR);
		assertThat(status(unknownInQuery).message()).isNotBlank();

		var unknownInMapping = view(source("""
				      profile:
				        query: select * from customer where no in (:keys)
				        key: no
				        fields:
				          nickname: nick_name
				"""), Set.of("C-1"), null, null);
		assertThat(status(unknownInMapping).status()).isEqualTo(SourceState.ERROR);
		assertThat(status(unknownInMapping).message()).contains("no column 'nick_name'");

		var notADate = view(source("""
				      profile:
				        query: select * from customer where no in (:keys)
				        key: no
				        as-of: note
				"""), Set.of("C-1"), null, null);
		assertThat(status(notADate).status()).isEqualTo(SourceState.ERROR);
		assertThat(status(notADate).message()).contains("not a date").contains("soon");
		assertThat(notADate.partial()).isTrue();
		assertThat(notADate.facets().get("profile")).isEmpty();
	}

	@Test
	void phonesAreBoundAsTheSourceWritesThem() {
		String byPhone = """
				      profile:
				        query: select * from customer where phone = :phone
				        key: no
				""";
		assertThat(keys(view(source(byPhone), Set.of(), null, "+33612345678"))).containsExactly("C-1");
		assertThat(keys(view(source("    phone-format: national\n", byPhone), Set.of(), null, "+33612345679")))
				.containsExactly("C-3");
		assertThat(keys(view(source("    phone-format: digits\n    phone-region: FR\n", byPhone), Set.of(), null,
				"+33612345680"))).containsExactly("C-4");
		assertThat(keys(view(source("    phone-format: national\n", byPhone), Set.of(), null, "+33612345678")))
				.isEmpty();
	}

	@Test
	void anUnknownPhoneFormatStopsTheStartWithItsLine() {
		assertThatThrownBy(() -> composer(source("    phone-format: local\n", """
				      profile:
				        query: select * from customer
				        key: no
				"""))).isInstanceOf(SourceConfigException.class).hasMessageContaining("line 8")
				.hasMessageContaining("sources[0].settings.phone-format")
				.hasMessageContaining("e164, national, digits");
	}

	private String source(String facets) {
		return source("", facets);
	}

	private String source(String settings, String facets) {
		return """
				sources:
				  - id: billing
				    connector: jdbc
				    settings:
				      url: "%s"
				      username: "%s"
				      password: "%s"
				%s    facets:
				%s""".formatted(database.url(), database.username(), database.password(),
				settings.isEmpty() ? "" : "  " + settings.replace("\n    ", "\n      "), facets);
	}

	private ViewComposer composer(String yaml) {
		Map<String, ConnectorFactory> factories = Map.of("jdbc", new JdbcConnectorFactory());
		var definitions = new SourceFileReader(factories).read("test.yaml", new StringReader(yaml));
		return new ViewComposer(definitions.stream()
				.map(d -> new GuardedSource(d, factories.get(d.connector()), text -> text, executor)).toList());
	}

	private CustomerView view(String yaml, Set<String> keys, String email, String phone) {
		var composer = composer(yaml);
		return composer.compose(PARTY, composer.ask(source -> new Lookup(PARTY, keys, email, phone)));
	}

	private static SourceStatus status(CustomerView view) {
		return view.sources().getFirst();
	}

	private static java.util.List<String> keys(CustomerView view) {
		assertThat(status(view).status()).as(String.valueOf(status(view).message())).isEqualTo(SourceState.OK);
		return view.facets().get("profile").stream().map(Fact::recordKey).toList();
	}
}
