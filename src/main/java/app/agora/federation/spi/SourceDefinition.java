package app.agora.federation.spi;

import java.time.Duration;
import java.util.List;

/**
 * A source as the sources file declares it.
 *
 * @param cacheFor
 *            how long an answer is reused; null for no cache
 */
public record SourceDefinition(String id, String name, String connector, Settings settings, List<FacetMapping> facets,
		Duration timeout, Duration cacheFor, Circuit circuit) {

	public SourceDefinition {
		facets = List.copyOf(facets);
	}

	/**
	 * When the circuit opens: after at least {@code minimumCalls}, when this share
	 * of calls failed, for {@code openFor}.
	 */
	public record Circuit(int failureRatePercent, int minimumCalls, Duration openFor) {
	}
}
