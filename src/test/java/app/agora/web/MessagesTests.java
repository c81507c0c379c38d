package app.agora.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message has its French translation and the other way round, so no page
 * shows a raw key.
 */
class MessagesTests {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	@Test
	void everyBundleHasTheSameKeysInEnglishAndFrench() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			var english = files.map(p -> p.getFileName().toString())
					.filter(n -> n.endsWith(".properties") && !n.contains("_")).toList();
			assertThat(english).contains("messages.properties", "parties.properties");
			for (String name : english) {
				Set<String> en = keys(BUNDLES.resolve(name));
				Set<String> fr = keys(BUNDLES.resolve(name.replace(".properties", "_fr.properties")));
				assertThat(fr).as("French keys of " + name).isEqualTo(en);
			}
		}
	}

	private static Set<String> keys(Path file) throws IOException {
		var properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new HashSet<>(properties.stringPropertyNames());
	}
}
