package app.agora.listening.internal.text;

import java.util.List;

/**
 * Sentence embeddings from a model that ships inside a Maven artifact: one
 * unit-length vector per text, all of {@link #dimension()} components, so that
 * the dot product of two is their cosine similarity. Thread-safe; the model is
 * loaded on first use.
 */
public interface SentenceEmbeddings {

	int dimension();

	/** One vector per text, in the same order. Blank texts get a zero vector. */
	List<float[]> embed(List<String> texts);
}
