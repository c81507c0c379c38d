package app.agora.federation;

/** How a source answered for one view. */
public enum SourceState {
	OK, TIMEOUT, ERROR, CIRCUIT_OPEN
}
