package app.agora.federation;

/**
 * How one source answered for a view: its state, how long it took, whether the
 * answer was reused from the source's cache, how many facts it gave and, when
 * it failed, why.
 */
public record SourceStatus(String source, String name, String connector, SourceState status, long latencyMs,
		boolean cached, int facts, String message) {
}
