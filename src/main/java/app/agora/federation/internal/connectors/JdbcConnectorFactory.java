package app.agora.federation.internal.connectors;

import static app.agora.federation.spi.SettingDescriptor.Type.INTEGER;
import static app.agora.federation.spi.SettingDescriptor.Type.SECRET;
import static app.agora.federation.spi.SettingDescriptor.Type.STRING;
import static app.agora.federation.spi.SettingDescriptor.Type.URL;

import app.agora.federation.spi.Connector;
import app.agora.federation.spi.ConnectorFactory;
import app.agora.federation.spi.SettingDescriptor;
import app.agora.federation.spi.SourceDefinition;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Any database with a JDBC driver on the classpath: one parameterised query per
 * facet.
 */
@Component
class JdbcConnectorFactory implements ConnectorFactory {

	@Override
	public String id() {
		return "jdbc";
	}

	@Override
	public String help() {
		return "Any database reachable by JDBC. Each facet runs one SQL query with the named parameters :keys "
				+ "(the record keys linked to the party), :email (lower case) and :phone (E.164).";
	}

	@Override
	public List<SettingDescriptor> settings() {
		return List.of(SettingDescriptor.required("url", URL, "JDBC URL, e.g. jdbc:postgresql://host/db"),
				SettingDescriptor.optional("username", STRING, "Database user"),
				SettingDescriptor.optional("password", SECRET, "Database password"),
				SettingDescriptor.optional("max-rows", INTEGER, "Most rows read per facet (default 500)"),
				SettingDescriptor.optional("max-scan-rows", INTEGER,
						"Most rows a linking run reads with a facet's scan-query (default 100000)"));
	}

	@Override
	public List<SettingDescriptor> facetSettings() {
		return List.of(
				SettingDescriptor.required("query", STRING,
						"SQL with :keys, :email and :phone; selects the key column and the mapped fields"),
				SettingDescriptor.optional("scan-query", STRING,
						"SQL without parameters listing every record of the facet, for linking runs"));
	}

	@Override
	public Connector create(SourceDefinition source) {
		return new JdbcConnector(source);
	}
}
