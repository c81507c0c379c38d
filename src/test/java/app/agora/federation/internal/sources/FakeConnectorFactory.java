package app.agora.federation.internal.sources;

import app.agora.federation.spi.Connector;
import app.agora.federation.spi.ConnectorFactory;
import app.agora.federation.spi.SettingDescriptor;
import app.agora.federation.spi.SourceDefinition;
import java.util.List;

/**
 * A connector kind that only describes its settings, for reading sources files
 * without opening anything.
 */
record FakeConnectorFactory(String id, List<SettingDescriptor> settings,
		List<SettingDescriptor> facetSettings) implements ConnectorFactory {

	/** Like jdbc: a required url, a required query per facet. */
	static FakeConnectorFactory jdbc() {
		return new FakeConnectorFactory("jdbc",
				List.of(SettingDescriptor.required("url", SettingDescriptor.Type.URL, "url")),
				List.of(SettingDescriptor.required("query", SettingDescriptor.Type.STRING, "sql")));
	}

	/** Like csv: a required file per facet. */
	static FakeConnectorFactory csv() {
		return new FakeConnectorFactory("csv", List.of(),
				List.of(SettingDescriptor.required("file", SettingDescriptor.Type.STRING, "file")));
	}

	@Override
	public String help() {
		return "fake";
	}

	@Override
	public Connector create(SourceDefinition source) {
		throw new UnsupportedOperationException();
	}
}
