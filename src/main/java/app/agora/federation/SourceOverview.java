package app.agora.federation;

import java.time.Instant;
import java.util.List;

/**
 * A configured source as the admin page lists it: its connector, facets,
 * circuit state and the outcome of its last call (null before the first).
 */
public record SourceOverview(String id, String name, String connector, String connectorHelp, List<String> facets,
		String circuit, SourceState lastStatus, Long lastLatencyMs, Instant lastCalledAt, String lastMessage) {
}
