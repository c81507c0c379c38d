package app.agora.parties.internal.importing;

import java.io.IOException;
import java.io.Serial;

/**
 * Something wrong with the file as a whole (encoding, structure, header, size):
 * the import fails and writes nothing. It carries a message key and its
 * arguments, so the report speaks the requester's language. It is an
 * {@link IOException} so that it can cross {@link java.io.Reader#read} and the
 * CSV parser.
 */
final class ImportFileProblem extends IOException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String key;
	private final transient Object[] args;

	private ImportFileProblem(String key, Object... args) {
		super(key);
		this.key = key;
		this.args = args;
	}

	String key() {
		return key;
	}

	Object[] args() {
		return args.clone();
	}

	static ImportFileProblem badEncoding(long line) {
		return new ImportFileProblem("imports.failure.encoding", line);
	}

	static ImportFileProblem lineTooLong(long line, int max) {
		return new ImportFileProblem("imports.failure.lineTooLong", line, max);
	}

	static ImportFileProblem rowTooLong(long line, int max) {
		return new ImportFileProblem("imports.failure.rowTooLong", line, max);
	}

	static ImportFileProblem malformed(long line) {
		return new ImportFileProblem("imports.failure.malformed", line);
	}

	static ImportFileProblem noHeader() {
		return new ImportFileProblem("imports.failure.noHeader");
	}

	static ImportFileProblem unknownColumns(String unknown, String allowed) {
		return new ImportFileProblem("imports.failure.unknownColumns", unknown, allowed);
	}

	static ImportFileProblem duplicateColumns(String duplicates) {
		return new ImportFileProblem("imports.failure.duplicateColumns", duplicates);
	}

	static ImportFileProblem noNameColumn() {
		return new ImportFileProblem("imports.failure.noNameColumn");
	}

	static ImportFileProblem tooManyRows(long max) {
		return new ImportFileProblem("imports.failure.tooManyRows", max);
	}
}
