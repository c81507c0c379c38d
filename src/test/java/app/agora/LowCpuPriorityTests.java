package app.agora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LowCpuPriorityTests {

	@Test
	void lowersOnlyTheCallingThreadOnLinux() throws Exception {
		assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")), "Linux only");
		var lowered = new AtomicInteger(-100);
		Thread background = Thread.ofPlatform().start(() -> {
			if (LowCpuPriority.lowerCurrentThread()) {
				lowered.set(niceOfCurrentThread());
			}
		});
		background.join();

		assertThat(lowered.get()).isEqualTo(19);
		assertThat(niceOfCurrentThread()).isNotEqualTo(19);
	}

	private static int niceOfCurrentThread() {
		try {
			String stat = Files.readString(Path.of("/proc/thread-self/stat"));
			// after "(comm) ": state is field 3, nice field 19
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Integer.parseInt(fields[16]);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
