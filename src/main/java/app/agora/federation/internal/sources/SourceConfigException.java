package app.agora.federation.internal.sources;

/**
 * A mistake in the sources file, named by file, line and field so that whoever
 * wrote it can fix it without reading code.
 */
public class SourceConfigException extends RuntimeException {

	private final String file;
	private final int line;
	private final String field;

	public SourceConfigException(String file, int line, String field, String problem) {
		super("Sources file " + file + ", line " + line + ", field '" + field + "': " + problem);
		this.file = file;
		this.line = line;
		this.field = field;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

	public String field() {
		return field;
	}
}
