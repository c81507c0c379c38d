package app.agora.listening;

/** What a signal is about. */
public enum SignalScope {
	/** One theme: items saying the same thing. */
	THEME,
	/** One product of the catalogue. */
	PRODUCT,
	/** One competitor. */
	COMPETITOR
}
