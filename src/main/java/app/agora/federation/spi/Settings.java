package app.agora.federation.spi;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to the settings of a source or a facet, as written in the
 * sources file (strings, or nested maps for headers and the like).
 */
public record Settings(Map<String, Object> values) {

	public Settings {
		values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	public Optional<String> string(String name) {
		Object value = values.get(name);
		return value == null ? Optional.empty() : Optional.of(value.toString());
	}

	public String required(String name) {
		return string(name).orElseThrow(() -> new IllegalStateException("Setting '" + name + "' is missing"));
	}

	public int integer(String name, int otherwise) {
		return string(name).map(String::strip).map(Integer::parseInt).orElse(otherwise);
	}

	public Optional<Duration> duration(String name) {
		return string(name).map(String::strip).map(Duration::parse);
	}

	@SuppressWarnings("unchecked")
	public Map<String, String> map(String name) {
		Object value = values.get(name);
		if (!(value instanceof Map<?, ?> map)) {
			return Map.of();
		}
		var strings = new LinkedHashMap<String, String>();
		((Map<String, Object>) map).forEach((k, v) -> strings.put(k, String.valueOf(v)));
		return strings;
	}
}
