package app.agora.listening.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class TextConfigurationTests {

	@Test
	void offersOneBeanPerContractAndLoadsNoModelUntilUsed() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				TextConfiguration.class)) {
			SentenceEmbeddings embeddings = context.getBean(SentenceEmbeddings.class);

			assertThat(embeddings).isInstanceOf(OnnxSentenceEmbeddings.class);
			assertThat(((OnnxSentenceEmbeddings) embeddings).isLoaded()).isFalse();
			assertThat(embeddings.dimension()).isEqualTo(384);
			assertThat(context.getBean(SentimentModel.class)).isNotNull();
			assertThat(context.getBean(LanguageDetector.class)).isNotNull();
			assertThat(context.getBean(ThemeGrouping.class)).isNotNull();
		}
	}
}
