package app.agora.parties.internal.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes strict UTF-8 and refuses lines and rows past a limit, while counting
 * lines. The CSV parser reads through it, so a 50 MB line fails after its first
 * {@code maxLineLength} characters instead of being gathered in memory, and a
 * byte that is not UTF-8 fails with the line it is on. Characters decoded
 * before a bad byte are handed out first, so the line number is exact. A
 * leading byte order mark (as spreadsheets write) is skipped.
 */
final class BoundedUtf8Reader extends Reader {

	private static final int BUFFER = 8192;

	private final InputStream in;
	private final int maxLineLength;
	private final int maxRowLength;
	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
	private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
	private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();

	private boolean endOfInput;
	private boolean finished;
	private boolean malformed;
	private boolean started;
	private boolean afterCarriageReturn;
	private long line = 1;
	private int lineLength;
	private long rowLength;

	BoundedUtf8Reader(InputStream in, int maxLineLength, int maxRowLength) {
		this.in = in;
		this.maxLineLength = maxLineLength;
		this.maxRowLength = maxRowLength;
	}

	/** The line of the next character to be read, counting from 1. */
	long line() {
		return line;
	}

	/**
	 * A new row begins. The parser reads ahead by a buffer, so the row limit is
	 * approximate by that much; it only has to stop runaway rows.
	 */
	void startRow() {
		rowLength = 0;
	}

	@Override
	public int read(char[] target, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (!chars.hasRemaining()) {
			if (!fill()) {
				return -1;
			}
		}
		int count = Math.min(length, chars.remaining());
		for (int i = 0; i < count; i++) {
			char c = chars.get();
			count(c);
			target[offset + i] = c;
		}
		return count;
	}

	private void count(char c) throws ImportFileProblem {
		if (c == '\n') {
			if (!afterCarriageReturn) {
				line++;
			}
			lineLength = 0;
			afterCarriageReturn = false;
		} else if (c == '\r') {
			line++;
			lineLength = 0;
			afterCarriageReturn = true;
		} else {
			afterCarriageReturn = false;
			if (++lineLength > maxLineLength) {
				throw ImportFileProblem.lineTooLong(line, maxLineLength);
			}
		}
		if (++rowLength > maxRowLength) {
			throw ImportFileProblem.rowTooLong(line, maxRowLength);
		}
	}

	/** Decodes the next characters; false at the end of the input. */
	private boolean fill() throws IOException {
		chars.clear();
		while (chars.position() == 0) {
			if (malformed) {
				throw ImportFileProblem.badEncoding(line);
			}
			if (finished) {
				break;
			}
			CoderResult result = decoder.decode(bytes, chars, endOfInput);
			if (result.isError()) {
				// Hand out what was decoded before the bad bytes, then fail on the next fill.
				malformed = true;
			} else if (result.isUnderflow()) {
				if (endOfInput) {
					decoder.flush(chars);
					finished = true;
				} else {
					readBytes();
				}
			}
		}
		chars.flip();
		if (!started && chars.hasRemaining()) {
			started = true;
			if (chars.get(chars.position()) == '\uFEFF') {
				chars.get();
			}
		}
		return chars.hasRemaining() || !finished;
	}

	private void readBytes() throws IOException {
		bytes.compact();
		int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
		if (read < 0) {
			endOfInput = true;
		} else {
			bytes.position(bytes.position() + read);
		}
		bytes.flip();
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
