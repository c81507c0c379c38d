package app.agora.federation.internal.linkage;

import app.agora.federation.FieldType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Given names and their short forms (Rob, Bob and Robert), from
 * {@code nicknames.txt}: a spelling distance cannot see that Bill is William.
 */
final class Nicknames {

	private static final Map<String, int[]> GROUPS = load();

	private Nicknames() {
	}

	/** The groups a normalised name belongs to, or null when it is in none. */
	static int[] groupsOf(String name) {
		return GROUPS.get(name);
	}

	static boolean shareGroup(int[] a, int[] b) {
		if (a == null || b == null) {
			return false;
		}
		for (int x : a) {
			for (int y : b) {
				if (x == y) {
					return true;
				}
			}
		}
		return false;
	}

	private static Map<String, int[]> load() {
		var normaliser = new ValueNormaliser(FieldType.NAME, "ZZ");
		var groups = new HashMap<String, int[]>();
		try (var in = Nicknames.class.getResourceAsStream("nicknames.txt");
				var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			int group = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				int id = group++;
				for (String name : line.replace(':', ' ').trim().split("\\s+")) {
					groups.merge(normaliser.normalise(name), new int[]{id}, Nicknames::union);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.copyOf(groups);
	}

	private static int[] union(int[] a, int[] b) {
		int[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}
}
