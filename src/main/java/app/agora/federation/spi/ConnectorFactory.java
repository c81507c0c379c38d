package app.agora.federation.spi;

import java.util.List;

/**
 * A kind of source Agora can read (a plug-in, as Keycloak's SPI factories): it
 * names itself, explains itself and lists its settings so that an admin screen
 * can show them, and opens a {@link Connector} for one configured source.
 */
public interface ConnectorFactory {

	/** The name used in the sources file, e.g. {@code jdbc}. */
	String id();

	/** One or two sentences for the admin screen. */
	String help();

	/** Settings of the source itself (URL, credentials, folder…). */
	List<SettingDescriptor> settings();

	/**
	 * Settings of each facet of the source (a query, a file, a URL template…),
	 * besides the common {@code key}, {@code id}, {@code as-of} and {@code fields}.
	 */
	List<SettingDescriptor> facetSettings();

	/**
	 * Why a value cannot work, or null when it can: a source's setting (field
	 * {@code settings.NAME}), a facet's setting (its name) or the source field a
	 * facet names by {@code key}, {@code id}, {@code as-of} or {@code fields.NAME}.
	 * It is checked at startup, so that a bad expression is reported with its file,
	 * line and field instead of at the first view.
	 */
	default String problemWith(String field, String value) {
		return null;
	}

	/**
	 * Opens a connector; called once, the first time the source is asked, with
	 * placeholders in its settings already resolved.
	 */
	Connector create(SourceDefinition source);
}
