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

	private final String defaultRegion;

	JdbcConnectorFactory() {
		this("FR");
	}

	@org.springframework.beans.factory.annotation.Autowired
	JdbcConnectorFactory(
			@org.springframework.beans.factory.annotation.Value("${agora.parties.default-phone-region:FR}") String defaultRegion) {
		this.defaultRegion = defaultRegion;
	}

	@Override
	public String id() {
		return "jdbc";
	}

	@Override
	public String help() {
		return "Any database reachable by JDBC. Each facet runs one SQL query with the named parameters :keys "
				+ "(the record keys linked to the party), :email (lower case) and :phone (E.164, or as the source writes "
				+ "numbers: phone-format national or digits, read in phone-region).";
	}

	@Override
	public List<SettingDescriptor> settings() {
		return List.of(SettingDescriptor.required("url", URL, "JDBC URL, e.g. jdbc:postgresql://host/db"),
				SettingDescriptor.optional("username", STRING, "Database user"),
				SettingDescriptor.optional("password", SECRET, "Database password"),
				SettingDescriptor.optional("max-rows", INTEGER, "Most rows read per facet (default 500)"),
				SettingDescriptor.optional("phone-format", STRING,
						"How the source writes phones, bound as :phone: e164 (default, +33612345678), national "
								+ "(06 12 34 56 78) or digits (0612345678)"),
				SettingDescriptor.optional("phone-region", STRING,
						"Country of the source's national numbers (default agora.parties.default-phone-region)"),
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
	public String problemWith(String field, String value) {
		if (field.equals("settings.phone-format") && PhoneFormat.named(value) == null) {
			return "'" + value + "' is not a phone format (known: e164, national, digits)";
		}
		if (field.equals("settings.phone-region") && !PhoneFormat.knownRegion(value)) {
			return "'" + value + "' is not a region code such as FR or GB";
		}
		return null;
	}

	@Override
	public Connector create(SourceDefinition source) {
		return new JdbcConnector(source, defaultRegion);
	}
}
