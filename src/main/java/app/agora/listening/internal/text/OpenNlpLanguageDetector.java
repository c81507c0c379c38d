package app.agora.listening.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Apache OpenNLP's language detector (a maximum-entropy model over character
 * n-grams of 103 languages, from {@code opennlp-models-langdetect}), asked to
 * choose among the languages Agora's customers write in: English, French,
 * German, Spanish, Italian, Dutch and Portuguese. Restricting the choice makes
 * short texts far more reliable than picking among all 103.
 * <p>
 * Bad input: {@code null}, empty, blank and binary text, and text with fewer
 * than {@value #MIN_LETTERS} letters, is {@link #UNDETERMINED}; so is text the
 * model cannot place (no candidate language holds at least
 * {@link #MIN_CONFIDENCE} of the model's probability and a lead of
 * {@link #MIN_LEAD} times over the next candidate, as with keyboard mashing or
 * an even mix of two languages). An enormous text is judged on its beginning.
 * It never throws for any text.
 * <p>
 * The model is read on first use; thread-safe (one detector per thread over the
 * shared model).
 */
final class OpenNlpLanguageDetector implements LanguageDetector {

	static final int MIN_LETTERS = 6;

	/**
	 * The least probability the chosen language needs: the model spreads its
	 * probability over 103 languages, so a text it cannot place gets about 1/103
	 * for each.
	 */
	static final double MIN_CONFIDENCE = 0.015;

	/** How much more likely than the next candidate the chosen language must be. */
	static final double MIN_LEAD = 1.1;

	private static final String MODEL = "/langdetect-183.bin";

	/** ISO 639-3 (the model's codes) to ISO 639-1 (Agora's). */
	private static final Map<String, String> CANDIDATES = Map.of("eng", "en", "fra", "fr", "deu", "de", "spa", "es",
			"ita", "it", "nld", "nl", "por", "pt");

	private final Lazy<LanguageDetectorModel> model = new Lazy<>(OpenNlpLanguageDetector::load);

	private final ThreadLocal<LanguageDetectorME> detectors = ThreadLocal
			.withInitial(() -> new LanguageDetectorME(model.get()));

	@Override
	public String detect(String text) {
		String cleaned = TextInput.clean(text);
		if (cleaned.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
			return UNDETERMINED;
		}
		double best = 0;
		double second = 0;
		String language = UNDETERMINED;
		for (Language candidate : detectors.get().predictLanguages(cleaned)) {
			String code = CANDIDATES.get(candidate.getLang());
			double confidence = candidate.getConfidence();
			if (code != null && confidence > best) {
				second = best;
				best = confidence;
				language = code;
			} else if (code != null && confidence > second) {
				second = confidence;
			}
		}
		return best >= MIN_CONFIDENCE && best >= MIN_LEAD * second ? language : UNDETERMINED;
	}

	private static LanguageDetectorModel load() {
		try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL)) {
			if (in == null) {
				throw new IOException(MODEL + " is not on the class path (opennlp-models-langdetect)");
			}
			return new LanguageDetectorModel(in);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the language-detection model", e);
		}
	}
}
