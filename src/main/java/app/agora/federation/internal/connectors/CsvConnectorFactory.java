package app.agora.federation.internal.connectors;

import static app.agora.federation.spi.SettingDescriptor.Type.INTEGER;
import static app.agora.federation.spi.SettingDescriptor.Type.PATH;
import static app.agora.federation.spi.SettingDescriptor.Type.STRING;

import app.agora.federation.spi.Connector;
import app.agora.federation.spi.ConnectorFactory;
import app.agora.federation.spi.SettingDescriptor;
import app.agora.federation.spi.SourceDefinition;
import app.agora.parties.ContactKeys;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A folder of CSV exports from another system, read again whenever a file
 * changes.
 */
@Component
class CsvConnectorFactory implements ConnectorFactory {

	private final ContactKeys contacts;

	CsvConnectorFactory(ContactKeys contacts) {
		this.contacts = contacts;
	}

	@Override
	public String id() {
		return "csv";
	}

	@Override
	public String help() {
		return "A folder of CSV exports (UTF-8, header row). Each facet reads one file and keeps the rows whose key "
				+ "is linked to the party or whose email or phone column matches the party's. Files are re-read when "
				+ "they change.";
	}

	@Override
	public List<SettingDescriptor> settings() {
		return List.of(SettingDescriptor.required("folder", PATH, "Folder holding the exported files"),
				SettingDescriptor.optional("phone-region", STRING,
						"Country assumed for phone numbers without a country code (default: agora.parties.default-phone-region)"),
				SettingDescriptor.optional("max-file-size", INTEGER, "Largest file read, in bytes (default 50 MB)"));
	}

	@Override
	public List<SettingDescriptor> facetSettings() {
		return List.of(SettingDescriptor.required("file", STRING, "File name inside the folder"),
				SettingDescriptor.optional("email-column", STRING, "Column compared with the party's email"),
				SettingDescriptor.optional("phone-column", STRING, "Column compared with the party's phone"),
				SettingDescriptor.optional("delimiter", STRING, "Column separator (default ,)"));
	}

	@Override
	public Connector create(SourceDefinition source) {
		return new CsvConnector(source, contacts);
	}
}
