package app.agora.federation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What every source knows of one party, facet by facet. {@code partial} is true
 * when at least one source did not answer; its status says why.
 */
public record CustomerView(UUID partyId, Instant composedAt, boolean partial, Map<String, List<Fact>> facets,
		List<SourceStatus> sources) {
}
