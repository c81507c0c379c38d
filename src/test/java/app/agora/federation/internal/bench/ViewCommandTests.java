package app.agora.federation.internal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code bench view} runs end to end on a tiny load and prints its figures in
 * the documented last line; its figures themselves are measured on a quiet
 * machine, not asserted here.
 */
class ViewCommandTests {

	@Test
	void printsTheFiguresAsItsLastLine() {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int code = LinkageCommand.run(
				new String[]{"view", "--seconds", "1", "--warmup-seconds", "0", "--clients", "2", "--delay-ms", "5",
						"--timeout-ms", "60"},
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
		var lines = out.toString(StandardCharsets.UTF_8).strip().lines().toList();
		assertThat(lines).anyMatch(l -> l.startsWith("view (5 sources)"));
		assertThat(lines.getLast()).matches("delay_p99_ms=[0-9.]+ view_p99_ms=[0-9.]+ overhead_p99_ms=-?[0-9.]+ "
				+ "hung_view_p99_ms=[0-9.]+ timeout_ms=60 hung_overhead_ms=-?[0-9.]+");
	}

	@Test
	void aTimeoutNotLongerThanTheDelayIsAUsageError() {
		var err = new ByteArrayOutputStream();
		int code = LinkageCommand.run(new String[]{"view", "--delay-ms", "100", "--timeout-ms", "50"},
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--timeout-ms must be longer than --delay-ms");
	}
}
