package app.agora.listening.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValenceScorerTests {

	static final ValenceScorer SCORER = new ValenceScorer(ValenceLexicon.load());

	@Test
	void readsPraiseAndComplaint() {
		assertThat(SCORER.score("The support team was great").compound()).isPositive();
		assertThat(SCORER.score("The support team was awful").compound()).isNegative();
		assertThat(SCORER.score("The parcel arrived on Tuesday")).isEqualTo(Valence.NONE);
	}

	@Test
	void flipsNegatedWordsOnce() {
		assertThat(SCORER.score("The app is not good").compound()).isNegative();
		assertThat(SCORER.score("The app isn't bad at all").compound()).isPositive();
		assertThat(SCORER.score("L'application n'est pas bonne").compound()).isNegative();
		assertThat(SCORER.score("Je n'aime pas ce produit").compound()).isNegative();
	}

	@Test
	void weighsIntensifiersCapitalsExclamationsAndBut() {
		double plain = SCORER.score("The food was good").compound();
		assertThat(SCORER.score("The food was very good").compound()).isGreaterThan(plain);
		assertThat(SCORER.score("The food was GOOD").compound()).isGreaterThan(plain);
		assertThat(SCORER.score("The food was good!!!").compound()).isGreaterThan(plain);
		assertThat(SCORER.score("The food was good but the service was terrible").compound()).isNegative();
		assertThat(SCORER.score("C'était bon mais le service était nul").compound()).isNegative();
	}

	@Test
	void splitsFrenchElisions() {
		assertThat(ValenceScorer.words("J'adore l'appli, c'est top")).containsExactly("adore", "appli", "est", "top");
		assertThat(ValenceScorer.words("n'est pas")).containsExactly("ne", "est", "pas");
		assertThat(ValenceScorer.words("I don't like it :)")).containsExactly("don't", "like", "it", ":)");
	}

	@Test
	void neverFailsOnBadInput() {
		assertThat(SCORER.score(null)).isEqualTo(Valence.NONE);
		assertThat(SCORER.score("")).isEqualTo(Valence.NONE);
		assertThat(SCORER.score(BadInput.enormous()).compound()).isBetween(-1.0, 1.0);
		assertThat(SCORER.score(BadInput.binary()).compound()).isBetween(-1.0, 1.0);
		assertThat(SCORER.score(BadInput.brokenUnicode()).compound()).isBetween(-1.0, 1.0);
	}
}
