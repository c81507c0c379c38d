package app.agora.federation.internal.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The reference data sets from {@code ../shared/data/linkage}, when this
 * checkout has them beside it.
 */
class LinkageBenchmarkTests {

	private static final Path DATA = Path.of("..", "shared", "data", "linkage");

	@Test
	void fake1000IsDeduplicatedWithAnF1OfAtLeast090() {
		var file = DATA.resolve("fake_1000.csv");
		assumeTrue(Files.isReadable(file), "no " + file + " beside the project");

		var out = new ByteArrayOutputStream();
		int code = LinkageCommand.run(
				new String[]{"linkage", "--input", file.toString(), "--id", "unique_id", "--truth-column", "cluster",
						"--fields", "first_name:name,surname:name,dob:date,city:text,email:email"},
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

		assertThat(code).isZero();
		var lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
		double f1 = Double.parseDouble(lines[lines.length - 1].replaceAll(".*f1=(\\S+).*", "$1"));
		assertThat(f1).isGreaterThanOrEqualTo(0.90);
	}
}
