package app.agora.listening.internal.text;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Texts that no part of the text engine may choke on. */
final class BadInput {

	private BadInput() {
	}

	/** About a megabyte of English words. */
	static String enormous() {
		return "The delivery was late and the box was damaged. ".repeat(21_000);
	}

	/**
	 * Random bytes read as if they were ISO-8859-1 text: control characters, NULs
	 * and all.
	 */
	static String binary() {
		byte[] bytes = new byte[4_096];
		new Random(7).nextBytes(bytes);
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	/**
	 * Random bytes decoded as UTF-8: replacement characters and lone surrogates.
	 */
	static String brokenUnicode() {
		byte[] bytes = new byte[4_096];
		new Random(11).nextBytes(bytes);
		return new String(bytes, StandardCharsets.UTF_8) + "\uD800" + "\u0000";
	}
}
