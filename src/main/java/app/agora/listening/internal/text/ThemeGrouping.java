package app.agora.listening.internal.text;

import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * Groups items that say the same thing in different words, by their embeddings.
 * Thread-safe and stateless: themes are kept by the caller.
 */
public interface ThemeGrouping {

	/**
	 * The theme a new item joins: the nearest one that is similar enough, or empty
	 * when the item starts a new theme.
	 */
	OptionalLong nearest(float[] embedding, Collection<ThemeCentroid> themes);

	/** A theme's centroid after one more item joined it. */
	float[] joined(ThemeCentroid theme, float[] embedding);

	/**
	 * A theme's centroid after one of its items left it (size becomes size - 1).
	 */
	float[] left(ThemeCentroid theme, float[] embedding);

	/**
	 * Groups a whole set at once (to start themes from imported history, or to
	 * split a theme): one group number per embedding, from 0.
	 */
	int[] group(List<float[]> embeddings);

	/**
	 * A name for each group made of its key phrases (two or three, the words that
	 * set it apart from the other groups), in the language most of its texts are
	 * written in.
	 */
	List<String> names(List<List<String>> groupsOfTexts);
}
