package app.agora.listening.internal.text;

/** The language a text is written in. Thread-safe. */
public interface LanguageDetector {

	String UNDETERMINED = "und";

	/**
	 * An ISO 639-1 code ("en", "fr", ...), or {@link #UNDETERMINED} when the text
	 * is too short, mixed beyond telling, or not language at all.
	 */
	String detect(String text);
}
