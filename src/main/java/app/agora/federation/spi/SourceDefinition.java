package app.agora.federation.spi;

import java.time.Duration;
import java.util.List;

/**
 * A source as the sources file declares it.
 *
 * @param cacheFor
 *            how long an answer is reused; null for no cache
 * @param identity
 *            which facet's records describe the person for identity resolution;
 *            null when the source takes no part in linking runs
 * @param stewards
 *            the account emails of the staff who answer correction requests
 *            about this source's facts; empty for all staff
 */
public record SourceDefinition(String id, String name, String connector, Settings settings, List<FacetMapping> facets,
		Duration timeout, Duration cacheFor, Circuit circuit, IdentityMapping identity, List<String> stewards) {

	public SourceDefinition {
		facets = List.copyOf(facets);
		stewards = stewards == null ? List.of() : List.copyOf(stewards);
	}

	/**
	 * A source without an identity section, whose correction requests go to all
	 * staff.
	 */
	public SourceDefinition(String id, String name, String connector, Settings settings, List<FacetMapping> facets,
			Duration timeout, Duration cacheFor, Circuit circuit) {
		this(id, name, connector, settings, facets, timeout, cacheFor, circuit, null, List.of());
	}

	/**
	 * When the circuit opens: after at least {@code minimumCalls}, when this share
	 * of calls failed, for {@code openFor}.
	 */
	public record Circuit(int failureRatePercent, int minimumCalls, Duration openFor) {
	}
}
