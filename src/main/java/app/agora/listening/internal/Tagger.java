package app.agora.listening.internal;

import app.agora.listening.Mention;
import app.agora.listening.internal.FeedbackStore.Waiting;
import app.agora.listening.internal.text.LanguageDetector;
import app.agora.listening.internal.text.SentenceEmbeddings;
import app.agora.listening.internal.text.Sentiment;
import app.agora.listening.internal.text.SentimentModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads items: their embedding, sentiment, language, and the products and
 * competitors they name. Themes come after, in the transaction that stores the
 * tags ({@link Themes}).
 */
@Component
class Tagger {

	private final SentenceEmbeddings embeddings;
	private final SentimentModel sentiment;
	private final LanguageDetector languages;
	private final ListenedNames names;

	Tagger(SentenceEmbeddings embeddings, SentimentModel sentiment, LanguageDetector languages, ListenedNames names) {
		this.embeddings = embeddings;
		this.sentiment = sentiment;
		this.languages = languages;
		this.names = names;
	}

	/** Tags for each item, in order; the theme is left to {@link Themes}. */
	List<Tags> read(List<Waiting> items) {
		List<String> texts = items.stream().map(i -> TextCheck.read(i.text())).toList();
		List<float[]> vectors = embeddings.embed(texts);
		ListenedNames.Snapshot known = names.current();
		List<Tags> tags = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			Waiting item = items.get(i);
			String text = texts.get(i);
			float[] vector = vectors.get(i);
			String language = languages.detect(text);
			Sentiment felt = sentiment.of(text, vector, language);
			Set<String> products = new LinkedHashSet<>();
			if (item.productHint() != null) {
				products.add(item.productHint());
			}
			products.addAll(known.products().find(text));
			Set<Mention> competitors = new LinkedHashSet<>();
			if (item.competitorHint() != null) {
				competitors.add(known.competitor(item.competitorHint()));
			}
			competitors.addAll(known.competitors().find(text));
			tags.add(new Tags(language, felt.score(), felt.label().name(), null, vector, List.copyOf(products),
					List.copyOf(competitors), TextCheck.note(item.text())));
		}
		return tags;
	}
}
