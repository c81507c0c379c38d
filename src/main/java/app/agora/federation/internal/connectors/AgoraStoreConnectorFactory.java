package app.agora.federation.internal.connectors;

import static app.agora.federation.spi.SettingDescriptor.Type.INTEGER;
import static app.agora.federation.spi.SettingDescriptor.Type.STRING;

import app.agora.federation.spi.Connector;
import app.agora.federation.spi.ConnectorFactory;
import app.agora.federation.spi.SettingDescriptor;
import app.agora.federation.spi.SourceDefinition;
import app.agora.parties.Parties;
import app.agora.parties.Timeline;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Agora's own parties and timeline, read like any other source, so the view has
 * one way of showing facts.
 */
@Component
class AgoraStoreConnectorFactory implements ConnectorFactory {

	private final Parties parties;
	private final Timeline timeline;

	AgoraStoreConnectorFactory(Parties parties, Timeline timeline) {
		this.parties = parties;
		this.timeline = timeline;
	}

	@Override
	public String id() {
		return "agora";
	}

	@Override
	public String help() {
		return "Agora's own store. 'from: party' gives the party's profile (id, displayName, givenName, familyName, "
				+ "organisationName, email, phone, city, country, stage, updatedAt); 'from: timeline' gives its "
				+ "timeline entries (id, kind, text, author, occurredAt).";
	}

	@Override
	public List<SettingDescriptor> settings() {
		return List.of(SettingDescriptor.optional("timeline-limit", INTEGER, "Most timeline entries read (default 50)"),
				SettingDescriptor.optional("max-scan-rows", INTEGER,
						"Most parties a linking run lists (default 1000000)"));
	}

	@Override
	public List<SettingDescriptor> facetSettings() {
		return List.of(SettingDescriptor.required("from", STRING, "party or timeline"));
	}

	@Override
	public Connector create(SourceDefinition source) {
		return new AgoraStoreConnector(source, parties, timeline);
	}
}
