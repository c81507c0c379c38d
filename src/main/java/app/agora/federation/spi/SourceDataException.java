package app.agora.federation.spi;

/**
 * A source answered, but not with what its mapping expects: garbage, a wrong
 * type, too much, or nothing at all.
 */
public class SourceDataException extends RuntimeException {

	public SourceDataException(String message) {
		super(message);
	}
}
