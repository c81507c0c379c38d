package app.agora.listening.internal.text;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The text engine's beans, one per contract. Making them is cheap: every model
 * is loaded on first use, so a context that never tags text never loads ONNX
 * Runtime, the tokenizer or the language model.
 * <p>
 * Settings: {@code agora.listening.text.threads} (ONNX Runtime's intra-op
 * threads; by default the processors, at most 4) and
 * {@code agora.listening.themes.similarity} (the mean cosine similarity to a
 * theme's items that an item needs to join it; {@value #THEME_SIMILARITY} by
 * default). Public, with public factory methods, so that the listening bench
 * builds the same engine without Spring.
 */
@Configuration(proxyBeanMethods = false)
public class TextConfiguration {

	/**
	 * The mean cosine similarity to a theme's items that an item needs to join it;
	 * tuned on BANKING77 (docs/BENCHMARKS.md), where rephrasings of one request sit
	 * above it (with bge-small-en-v1.5, whose similarities are high across the
	 * board: two unrelated support messages read about 0.8).
	 */
	public static final double THEME_SIMILARITY = 0.75;

	public static int defaultThreads() {
		return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
	}

	@Bean
	public SentenceEmbeddings sentenceEmbeddings(@Value("${agora.listening.text.threads:0}") int threads) {
		return new OnnxSentenceEmbeddings(threads > 0 ? threads : defaultThreads());
	}

	@Bean
	public SentimentModel sentimentModel(LanguageDetector languageDetector) {
		return new LexiconEmbeddingSentiment(languageDetector);
	}

	@Bean
	public LanguageDetector languageDetector() {
		return new OpenNlpLanguageDetector();
	}

	@Bean
	public ThemeGrouping themeGrouping(
			@Value("${agora.listening.themes.similarity:" + THEME_SIMILARITY + "}") double similarity) {
		return new CentroidThemeGrouping(similarity, new Lazy<>(KeyPhrases::load));
	}
}
