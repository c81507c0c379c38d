package app.agora.federation.internal.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How long each step of a run took, for the benchmark's verbose output. */
final class Laps {

	private final List<String> laps = new ArrayList<>();
	private long last = System.nanoTime();

	void lap(String step) {
		long now = System.nanoTime();
		laps.add(String.format(Locale.ROOT, "%s=%.2fs", step, (now - last) / 1e9));
		last = now;
	}

	List<String> laps() {
		return List.copyOf(laps);
	}
}
