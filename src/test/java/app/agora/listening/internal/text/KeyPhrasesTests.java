package app.agora.listening.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class KeyPhrasesTests {

	static final Supplier<KeyPhrases> KEY_PHRASES = new Lazy<>(KeyPhrases::load);

	@Test
	void namesEachGroupByWhatSetsItApart() {
		List<String> names = KEY_PHRASES.get().names(List.of(
				List.of("The delivery was late again", "Late delivery, third time this month",
						"My delivery is two days late"),
				List.of("The app crashes at login", "Login crashes the app every time", "App crashes when I log in"),
				List.of("Livraison en retard", "Ma livraison est encore en retard",
						"Retard de livraison inacceptable")));

		assertThat(names.get(0)).contains("late").contains("delivery").doesNotContain("the", "was");
		assertThat(names.get(1)).contains("crashes").contains("app");
		assertThat(names.get(2)).contains("livraison").contains("retard").doesNotContain(" en", " de");
		assertThat(names).allSatisfy(name -> assertThat(name.split(", ")).hasSizeLessThanOrEqualTo(3));
	}

	@Test
	void keepsPhrasesWithoutStopWords() {
		assertThat(KEY_PHRASES.get().phrases("How do I change my PIN?")).containsExactly("change", "pin", "change pin");
		assertThat(KEY_PHRASES.get().phrases("Je n'ai pas reçu ma carte")).containsExactly("reçu", "carte",
				"reçu carte");
	}

	@Test
	void tellsFormsOfOneWord() {
		assertThat(KeyPhrases.sameStem("rate", "rates")).isTrue();
		assertThat(KeyPhrases.sameStem("exchange", "exchanging")).isTrue();
		assertThat(KeyPhrases.sameStem("card", "cash")).isFalse();
	}

	@Test
	void namesEmptyAndBadGroupsWithoutFailing() {
		List<String> names = KEY_PHRASES.get()
				.names(List.of(List.of(), List.of("", "!!!"), List.of(BadInput.binary(), BadInput.enormous())));

		assertThat(names).hasSize(3);
		assertThat(names.get(0)).isEmpty();
		assertThat(names.get(1)).isEmpty();
	}
}
