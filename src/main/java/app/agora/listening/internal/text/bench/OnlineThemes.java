package app.agora.listening.internal.text.bench;

import app.agora.listening.internal.text.ThemeCentroid;
import app.agora.listening.internal.text.ThemeGrouping;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Themes kept in memory the way the tagging worker keeps them in the database:
 * each item joins the nearest theme that is similar enough, or starts one.
 */
final class OnlineThemes {

	private final ThemeGrouping grouping;

	private final Map<Long, ThemeCentroid> themes = new LinkedHashMap<>();

	private long next;

	OnlineThemes(ThemeGrouping grouping) {
		this.grouping = grouping;
	}

	/** The theme the item joins or starts, numbered from 0. */
	int place(float[] vector) {
		OptionalLong nearest = grouping.nearest(vector, themes.values());
		if (nearest.isPresent()) {
			ThemeCentroid theme = themes.get(nearest.getAsLong());
			themes.put(theme.themeId(),
					new ThemeCentroid(theme.themeId(), grouping.joined(theme, vector), theme.size() + 1));
			return (int) theme.themeId();
		}
		themes.put(next, new ThemeCentroid(next, vector.clone(), 1));
		return (int) next++;
	}

	int count() {
		return themes.size();
	}
}
