package app.agora.federation.internal.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value} options and {@code --flag}s of one subcommand, checked
 * against what it accepts.
 */
final class Options {

	private final Map<String, String> values = new LinkedHashMap<>();
	private final List<String> positional = new java.util.ArrayList<>();

	Options(List<String> args, Set<String> valued, Set<String> flags) {
		for (int a = 0; a < args.size(); a++) {
			String arg = args.get(a);
			if (!arg.startsWith("--")) {
				positional.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String inline = null;
			int equals = name.indexOf('=');
			if (equals > 0) {
				inline = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (flags.contains(name) && inline == null) {
				values.put(name, "true");
			} else if (valued.contains(name)) {
				if (inline == null && a + 1 >= args.size()) {
					throw new UsageError("--" + name + " needs a value");
				}
				values.put(name, inline != null ? inline : args.get(++a));
			} else {
				throw new UsageError("Unknown option --" + name);
			}
		}
	}

	String get(String name) {
		return values.get(name);
	}

	String get(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	boolean has(String name) {
		return values.containsKey(name);
	}

	List<String> positional() {
		return positional;
	}

	double number(String name, double fallback) {
		String value = values.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Double.parseDouble(value);
		} catch (NumberFormatException e) {
			throw new UsageError("--" + name + " must be a number, got '" + value + "'");
		}
	}

	long whole(String name, long fallback) {
		String value = values.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Long.parseLong(value.replace("_", ""));
		} catch (NumberFormatException e) {
			throw new UsageError("--" + name + " must be a whole number, got '" + value + "'");
		}
	}
}
