package app.agora.federation.spi;

import java.util.Map;

/**
 * How one facet is read from a source: connector-specific settings (a query, a
 * file, a URL template), the source field that holds the person's record key,
 * the one that holds the fact's own id and its date, and facet field → source
 * field.
 */
public record FacetMapping(String facet, Settings settings, String key, String id, String asOf,
		Map<String, String> fields) {

	public FacetMapping {
		fields = Map.copyOf(fields);
	}
}
