package app.agora.listening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextCheckTests {

	@Test
	void emptyOrWordlessTextIsNotTaggable() {
		assertThat(TextCheck.rejection(null)).isEqualTo("No text.");
		assertThat(TextCheck.rejection("   \n")).isEqualTo("No text.");
		assertThat(TextCheck.rejection("!!! 1234 ???")).isEqualTo("No words to read.");
	}

	@Test
	void binaryDataIsNotText() {
		byte[] bytes = new byte[4096];
		new Random(7).nextBytes(bytes);
		String binary = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(TextCheck.rejection(binary)).isEqualTo("Not text: it looks like binary data.");
		assertThat(TextCheck.stored(binary)).doesNotContain("\u0000");
	}

	@Test
	void mixedLanguagesAndEmojiAreText() {
		assertThat(TextCheck.rejection("Super trek 👍 mais le refuge était complet, really annoying")).isNull();
	}

	@Test
	void anEnormousTextIsKeptInPartAndReadFromItsBeginning() {
		String enormous = "The hut was cold. ".repeat(100_000);
		assertThat(TextCheck.rejection(enormous)).isNull();
		assertThat(TextCheck.stored(enormous)).hasSize(TextCheck.MAX_STORED);
		assertThat(TextCheck.read(enormous)).hasSize(TextCheck.MAX_READ);
		assertThat(TextCheck.note(enormous)).contains("first 2,000 characters");
		assertThat(TextCheck.note("short")).isNull();
	}
}
