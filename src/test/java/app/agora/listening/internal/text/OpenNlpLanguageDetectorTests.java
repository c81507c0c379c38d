package app.agora.listening.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenNlpLanguageDetectorTests {

	static final LanguageDetector DETECTOR = new OpenNlpLanguageDetector();

	@ParameterizedTest
	@ValueSource(strings = {"My card still hasn't arrived, what should I do?",
			"The delivery was late and the box was damaged.", "How do I change my PIN?",
			"I love the new dashboard, great work!"})
	void detectsEnglish(String text) {
		assertThat(DETECTOR.detect(text)).isEqualTo("en");
	}

	@ParameterizedTest
	@ValueSource(strings = {"Ma carte n'est toujours pas arrivée, que dois-je faire ?",
			"La livraison était en retard et le colis était abîmé.", "Comment puis-je changer le code de ma carte ?",
			"J'adore le nouveau tableau de bord, super travail !"})
	void detectsFrench(String text) {
		assertThat(DETECTOR.detect(text)).isEqualTo("fr");
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "   ", "ok", "12345 6789", "!!!???", "xq zk"})
	void leavesShortOrWordlessTextUndetermined(String text) {
		assertThat(DETECTOR.detect(text)).isEqualTo(LanguageDetector.UNDETERMINED);
	}

	@Test
	void leavesGarbageUndetermined() {
		assertThat(DETECTOR.detect(null)).isEqualTo(LanguageDetector.UNDETERMINED);
		assertThat(DETECTOR.detect("\u0000\u0001\u0002\u0003\uFFFD\uFFFD")).isEqualTo(LanguageDetector.UNDETERMINED);
		assertThat(DETECTOR.detect("qwxzv bkjqz xzvqk wqzxj")).isEqualTo(LanguageDetector.UNDETERMINED);
	}

	@Test
	void neverFailsOnBadInput() {
		assertThat(DETECTOR.detect(BadInput.enormous())).isEqualTo("en");
		assertThat(DETECTOR.detect(BadInput.binary())).isNotNull();
		assertThat(DETECTOR.detect(BadInput.brokenUnicode())).isNotNull();
	}

	@Test
	void isSafeToShareBetweenThreads() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				String text = i % 2 == 0
						? "The delivery was late and the box was damaged."
						: "La livraison était en retard et le colis était abîmé.";
				answers.add(pool.submit(() -> DETECTOR.detect(text)));
			}
			for (int i = 0; i < answers.size(); i++) {
				assertThat(answers.get(i).get()).isEqualTo(i % 2 == 0 ? "en" : "fr");
			}
		} finally {
			pool.shutdownNow();
		}
	}
}
