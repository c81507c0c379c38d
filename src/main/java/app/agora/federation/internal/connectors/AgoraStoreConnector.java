package app.agora.federation.internal.connectors;

import app.agora.federation.spi.Connector;
import app.agora.federation.spi.Lookup;
import app.agora.federation.spi.SourceDataException;
import app.agora.federation.spi.SourceDefinition;
import app.agora.federation.spi.SourceRecord;
import app.agora.parties.Parties;
import app.agora.parties.PartyDetails;
import app.agora.parties.PartyQuery;
import app.agora.parties.Timeline;
import app.agora.parties.TimelineEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the party and its timeline through the parties module's public API. */
class AgoraStoreConnector implements Connector {

	private final SourceDefinition source;
	private final Parties parties;
	private final Timeline timeline;
	private final int timelineLimit;
	private final int maxScanRows;

	private static final int SCAN_PAGE = 200;

	AgoraStoreConnector(SourceDefinition source, Parties parties, Timeline timeline) {
		this.source = source;
		this.parties = parties;
		this.timeline = timeline;
		this.timelineLimit = source.settings().integer("timeline-limit", 50);
		this.maxScanRows = source.settings().integer("max-scan-rows", 1_000_000);
	}

	@Override
	public List<SourceRecord> fetch(Lookup lookup) {
		var party = parties.find(lookup.partyId());
		if (party.isEmpty()) {
			return List.of();
		}
		var records = new ArrayList<SourceRecord>();
		for (var facet : source.facets()) {
			switch (facet.settings().required("from")) {
				case "party" -> records.add(Rows.toRecord(facet, profile(party.get())::get));
				case "timeline" -> timeline.of(lookup.partyId(), timelineLimit)
						.forEach(entry -> records.add(Rows.toRecord(facet, entry(entry)::get)));
				default ->
					throw new SourceDataException("Facet " + facet.facet() + ": 'from' must be party or timeline");
			}
		}
		return records;
	}

	/** Every party, for a facet {@code from: party}; timelines are not listed. */
	@Override
	public List<SourceRecord> scan(String facetName) {
		var facet = Rows.facet(source, facetName);
		if (!"party".equals(facet.settings().string("from").orElse(""))) {
			throw new UnsupportedOperationException("Only a facet 'from: party' can be listed");
		}
		var records = new ArrayList<SourceRecord>();
		for (int page = 0;; page++) {
			var found = parties.search(PartyQuery.all(), page, SCAN_PAGE);
			found.parties().forEach(party -> records.add(Rows.toRecord(facet, profile(party)::get)));
			if (!found.hasNext() || records.size() >= maxScanRows) {
				return records;
			}
		}
	}

	private static Map<String, Object> profile(PartyDetails party) {
		var row = new HashMap<String, Object>();
		row.put("id", party.id());
		row.put("displayName", party.displayName());
		row.put("givenName", party.givenName());
		row.put("familyName", party.familyName());
		row.put("organisationName", party.organisationName());
		row.put("email", party.email());
		row.put("phone", party.phone());
		row.put("city", party.city());
		row.put("country", party.country());
		row.put("stage", party.stage().name());
		row.put("updatedAt", party.updatedAt());
		return row;
	}

	private static Map<String, Object> entry(TimelineEntry entry) {
		var row = new HashMap<String, Object>();
		row.put("id", entry.id());
		row.put("partyId", entry.partyId());
		row.put("kind", entry.kind().name());
		row.put("text", entry.text());
		row.put("author", entry.author());
		row.put("occurredAt", entry.occurredAt());
		return row;
	}
}
