package app.agora.community;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Clean URL parts from names and titles ("Tour du Mont-Blanc ?" →
 * "tour-du-mont-blanc").
 */
public final class Slugs {

	private static final int MAX = 60;

	private Slugs() {
	}

	public static String of(String text) {
		String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
				.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (plain.length() > MAX) {
			plain = plain.substring(0, MAX).replaceAll("-+$", "");
		}
		return plain.isEmpty() ? "thread" : plain;
	}
}
