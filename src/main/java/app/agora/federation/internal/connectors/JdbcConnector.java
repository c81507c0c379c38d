package app.agora.federation.internal.connectors;

import app.agora.federation.spi.Connector;
import app.agora.federation.spi.Lookup;
import app.agora.federation.spi.SourceDefinition;
import app.agora.federation.spi.SourceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Runs each facet's query with the party's keys and contact points as named
 * parameters; values never enter the SQL text.
 */
class JdbcConnector implements Connector {

	/**
	 * A key no record has, so that {@code in (:keys)} stays valid SQL when nothing
	 * is linked yet. Plain ASCII: PostgreSQL refuses a NUL character in text.
	 */
	private static final String NO_KEY = "#agora-no-linked-key-7f3b1c9e#";

	private final SourceDefinition source;
	private final JdbcClient jdbc;
	private final PhoneFormat phoneFormat;
	private final String phoneRegion;

	JdbcConnector(SourceDefinition source, String defaultRegion) {
		this.source = source;
		var settings = source.settings();
		this.phoneFormat = settings.string("phone-format").map(PhoneFormat::named).orElse(PhoneFormat.E164);
		this.phoneRegion = settings.string("phone-region").orElse(defaultRegion).strip()
				.toUpperCase(java.util.Locale.ROOT);
		var dataSource = new DriverManagerDataSource(settings.required("url"), settings.string("username").orElse(null),
				settings.string("password").orElse(null));
		var template = new JdbcTemplate(dataSource);
		template.setMaxRows(settings.integer("max-rows", 500));
		template.setQueryTimeout((int) Math.max(1, source.timeout().toSeconds()));
		this.jdbc = JdbcClient.create(new NamedParameterJdbcTemplate(template));
	}

	@Override
	public List<SourceRecord> fetch(Lookup lookup) {
		var records = new ArrayList<SourceRecord>();
		List<String> keys = lookup.keys().isEmpty() ? List.of(NO_KEY) : List.copyOf(lookup.keys());
		for (var facet : source.facets()) {
			List<Map<String, Object>> rows = jdbc.sql(facet.settings().required("query")).param("keys", keys)
					.param("email", lookup.email()).param("phone", phoneFormat.write(lookup.phone(), phoneRegion))
					.query().listOfRows();
			// listOfRows gives case-insensitive maps, so the mapping need not care how the
			// database cases its names.
			if (!rows.isEmpty()) {
				Rows.checkColumns(facet, rows.getFirst()::containsKey, "the query's result");
			}
			rows.forEach(row -> records.add(Rows.toRecord(facet, row::get)));
		}
		return records;
	}
}
