package app.agora.listening.internal;

import app.agora.listening.Mention;
import java.util.List;

/**
 * What tagging found in an item.
 *
 * @param note
 *            what the reader should know about the tagging (the text was cut to
 *            its first part, say), or null
 */
record Tags(String language, double sentimentScore, String sentiment, Long themeId, float[] embedding,
		List<String> products, List<Mention> competitors, String note) {
}
