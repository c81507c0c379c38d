package app.agora;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the calling thread at the lowest CPU priority the operating system
 * gives: work that can wait (tagging feedback with a language model) then takes
 * only the CPU that requests leave idle, and all of it when they leave it all.
 * On Linux a thread has its own nice value, set here with {@code renice} on the
 * thread's id (raising one's own nice value needs no privilege); elsewhere, or
 * when that fails, the thread keeps its priority. Java's own thread priorities
 * are ignored on Linux unless the JVM is started with an option that needs
 * root.
 */
public final class LowCpuPriority {

	private static final Logger log = LoggerFactory.getLogger(LowCpuPriority.class);
	private static final Path THREAD_SELF = Path.of("/proc/thread-self");

	private LowCpuPriority() {
	}

	/** Lowers the calling thread's priority; answers whether it was lowered. */
	public static boolean lowerCurrentThread() {
		try {
			if (!Files.isSymbolicLink(THREAD_SELF)) {
				return false;
			}
			// "<pid>/task/<tid>"
			String tid = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
			Process renice = new ProcessBuilder("renice", "-n", "19", "-p", tid).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (!renice.waitFor(5, TimeUnit.SECONDS)) {
				renice.destroy();
				return false;
			}
			return renice.exitValue() == 0;
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			log.debug("Thread {} keeps its CPU priority: {}", Thread.currentThread().getName(), e.toString());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
