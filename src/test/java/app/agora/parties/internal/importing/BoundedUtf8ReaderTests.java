package app.agora.parties.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BoundedUtf8ReaderTests {

	@Test
	void readsUtf8AndSkipsTheByteOrderMark() throws IOException {
		byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
		var reader = reader(concat(bom, "given_name\nChloé\n".getBytes(StandardCharsets.UTF_8)), 100, 1000);

		assertThat(readAll(reader)).isEqualTo("given_name\nChloé\n");
		assertThat(reader.line()).isEqualTo(3);
	}

	@Test
	void countsLinesWhateverTheLineEndings() throws IOException {
		var reader = reader("a\r\nb\nc\rd".getBytes(StandardCharsets.UTF_8), 100, 1000);

		readAll(reader);

		assertThat(reader.line()).isEqualTo(4);
	}

	@Test
	void badByteFailsOnItsLineAfterTheTextBeforeIt() {
		byte[] content = concat("ok\nstill ok\nbad ".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xE9},
				" here\n".getBytes(StandardCharsets.UTF_8));
		var reader = reader(content, 100, 1000);
		var read = new StringBuilder();

		assertThatThrownBy(() -> {
			int c;
			while ((c = reader.read()) >= 0) {
				read.append((char) c);
			}
		}).isInstanceOfSatisfying(ImportFileProblem.class, problem -> {
			assertThat(problem.key()).isEqualTo("imports.failure.encoding");
			assertThat(problem.args()).containsExactly(3L);
		});
		assertThat(read).hasToString("ok\nstill ok\nbad ");
	}

	@Test
	void truncatedCharacterAtTheEndIsBadEncoding() {
		byte[] content = concat("name\n".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xC3});

		assertThatThrownBy(() -> readAll(reader(content, 100, 1000))).isInstanceOfSatisfying(ImportFileProblem.class,
				problem -> assertThat(problem.key()).isEqualTo("imports.failure.encoding"));
	}

	@Test
	void longLineFailsWithoutReadingTheRestOfIt() {
		byte[] line = new byte[5 * 1024 * 1024];
		Arrays.fill(line, (byte) 'x');
		var counting = new CountingStream(concat("header\n".getBytes(StandardCharsets.UTF_8), line));

		assertThatThrownBy(() -> readAll(new BoundedUtf8Reader(counting, 65536, 262144)))
				.isInstanceOfSatisfying(ImportFileProblem.class, problem -> {
					assertThat(problem.key()).isEqualTo("imports.failure.lineTooLong");
					assertThat(problem.args()).containsExactly(2L, 65536);
				});
		assertThat(counting.read).isLessThan(100_000);
	}

	@Test
	void rowSpreadOverManyShortLinesStopsAtTheRowLimit() {
		byte[] content = "x\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> readAll(reader(content, 100, 1000))).isInstanceOfSatisfying(ImportFileProblem.class,
				problem -> assertThat(problem.key()).isEqualTo("imports.failure.rowTooLong"));
	}

	private static BoundedUtf8Reader reader(byte[] content, int maxLine, int maxRow) {
		return new BoundedUtf8Reader(new ByteArrayInputStream(content), maxLine, maxRow);
	}

	private static String readAll(Reader reader) throws IOException {
		var text = new StringBuilder();
		char[] buffer = new char[1000];
		int read;
		while ((read = reader.read(buffer, 0, buffer.length)) >= 0) {
			text.append(buffer, 0, read);
		}
		return text.toString();
	}

	private static byte[] concat(byte[]... parts) {
		var out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static final class CountingStream extends InputStream {

		private final InputStream in;
		long read;

		CountingStream(byte[] content) {
			this.in = new ByteArrayInputStream(content);
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			read += b >= 0 ? 1 : 0;
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = in.read(b, off, len);
			read += Math.max(0, n);
			return n;
		}
	}
}
