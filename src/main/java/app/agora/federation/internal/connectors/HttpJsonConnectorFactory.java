package app.agora.federation.internal.connectors;

import static app.agora.federation.spi.SettingDescriptor.Type.INTEGER;
import static app.agora.federation.spi.SettingDescriptor.Type.MAP;
import static app.agora.federation.spi.SettingDescriptor.Type.STRING;
import static app.agora.federation.spi.SettingDescriptor.Type.URL;

import app.agora.federation.spi.Connector;
import app.agora.federation.spi.ConnectorFactory;
import app.agora.federation.spi.SettingDescriptor;
import app.agora.federation.spi.SourceDefinition;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A JSON API over HTTP: URL templates per facet, JSON pointers to the records
 * and their fields, and paging by a next link.
 */
@Component
public class HttpJsonConnectorFactory implements ConnectorFactory {

	@Override
	public String id() {
		return "http-json";
	}

	@Override
	public String help() {
		return "A JSON API over HTTP. Each facet has a URL template using {key}, {email} or {phone} (one call per "
				+ "linked key when it uses {key}); 'records' locates the array of records, fields are located inside "
				+ "a record, and 'next' locates the URL of the next page. A location is a JSONPath (starting with $), "
				+ "a JSON pointer (starting with /) or a property name.";
	}

	@Override
	public List<SettingDescriptor> settings() {
		return List.of(SettingDescriptor.required("base-url", URL, "Prefix of every facet's URL"),
				SettingDescriptor.optional("headers", MAP, "Headers sent with every call, e.g. an API key"),
				SettingDescriptor.optional("max-bytes", INTEGER, "Largest response read, in bytes (default 1 MiB)"),
				SettingDescriptor.optional("max-pages", INTEGER, "Most pages followed per call (default 10)"),
				SettingDescriptor.optional("connections", INTEGER,
						"Most calls to the source at once; more wait for a free connection (default 100)"),
				SettingDescriptor.optional("max-scan-pages", INTEGER,
						"Most pages a linking run follows from a facet's scan-url (default 1000)"));
	}

	@Override
	public List<SettingDescriptor> facetSettings() {
		return List.of(SettingDescriptor.required("url", STRING, "Path or URL template with {key}, {email}, {phone}"),
				SettingDescriptor.optional("records", STRING,
						"JSONPath or JSON pointer to the array of records (default: the body)"),
				SettingDescriptor.optional("next", STRING,
						"JSONPath or JSON pointer to the next page's URL, absent on the last"),
				SettingDescriptor.optional("scan-url", STRING,
						"Path or URL listing every record (paged by 'next'), for linking runs"));
	}

	/**
	 * Records, next and every mapped field are locations; a bad one stops the
	 * start.
	 */
	@Override
	public String problemWith(String field, String value) {
		if (field.equals("records") || field.equals("next") || field.equals("key") || field.equals("id")
				|| field.equals("as-of") || field.startsWith("fields.")) {
			return JsonLocation.problemWith(value);
		}
		return null;
	}

	@Override
	public Connector create(SourceDefinition source) {
		return new HttpJsonConnector(source);
	}
}
