package app.agora.listening.internal;

import app.agora.listening.FeedbackRefused;
import app.agora.listening.Theme;
import app.agora.listening.internal.text.ThemeCentroid;
import app.agora.listening.internal.text.ThemeGrouping;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Keeps themes as items join and leave them: a new item joins the nearest theme
 * that is similar enough or starts one; a theme is named by its key phrases
 * again as it grows (at 5, 20, 100, 500 and 2,000 items) until staff name it;
 * staff merge, split and move. Callers hold the transaction.
 */
@Component
class Themes {

	private static final Set<Integer> RENAME_AT = Set.of(5, 20, 100, 500, 2000);
	private static final int NAMING_SAMPLE = 40;
	private static final int BACKGROUND_SAMPLE = 150;

	private final ThemeStore themes;
	private final FeedbackStore items;
	private final ThemeGrouping grouping;
	private final Clock clock;

	Themes(ThemeStore themes, FeedbackStore items, ThemeGrouping grouping, Optional<Clock> clock) {
		this.themes = themes;
		this.items = items;
		this.grouping = grouping;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The themes the next items may join. */
	List<ThemeCentroid> current() {
		return new ArrayList<>(themes.centroids());
	}

	/**
	 * What a batch of tagging did to themes: the embeddings each theme gained,
	 * written once per theme at the end ({@link #write}), and each touched theme's
	 * size before the batch (for {@link #renameGrown}).
	 */
	static final class Batch {

		private final Map<Long, float[]> sums = new HashMap<>();
		private final Map<Long, Integer> counts = new HashMap<>();
		private final Map<Long, Integer> sizesBefore = new HashMap<>();

		void joined(long theme, float[] embedding) {
			float[] sum = sums.computeIfAbsent(theme, t -> new float[embedding.length]);
			for (int i = 0; i < sum.length && i < embedding.length; i++) {
				sum[i] += embedding[i];
			}
			counts.merge(theme, 1, Integer::sum);
		}

		Map<Long, Integer> sizesBefore() {
			return sizesBefore;
		}
	}

	/**
	 * The theme the item joins: the nearest in {@code current} (kept up to date in
	 * memory, so a batch sees its own changes), or a new one, stored at once.
	 */
	long place(float[] embedding, String text, List<ThemeCentroid> current, Batch batch) {
		OptionalLong nearest = grouping.nearest(embedding, current);
		if (nearest.isPresent()) {
			for (int i = 0; i < current.size(); i++) {
				ThemeCentroid theme = current.get(i);
				if (theme.themeId() == nearest.getAsLong()) {
					current.set(i,
							new ThemeCentroid(theme.themeId(), grouping.joined(theme, embedding), theme.size() + 1));
					batch.joined(theme.themeId(), embedding);
					return theme.themeId();
				}
			}
		}
		long id = themes.create(provisionalName(text), embedding.clone(), 1, clock.instant());
		current.add(new ThemeCentroid(id, embedding.clone(), 1));
		batch.sizesBefore.put(id, 0);
		return id;
	}

	/**
	 * Writes what the batch added to each theme: the theme's row is locked (two
	 * nodes may tag at once) and its centroid moved by the batch's items.
	 */
	void write(Batch batch) {
		for (var entry : batch.sums.entrySet()) {
			long id = entry.getKey();
			int added = batch.counts.get(id);
			themes.lock(id).ifPresent(theme -> {
				batch.sizesBefore.putIfAbsent(id, theme.size());
				int size = theme.size() + added;
				float[] centroid = new float[entry.getValue().length];
				float[] before = theme.centroid();
				for (int i = 0; i < centroid.length; i++) {
					float old = before != null && i < before.length ? before[i] * theme.size() : 0;
					centroid[i] = (old + entry.getValue()[i]) / size;
				}
				themes.update(id, centroid, size, clock.instant());
			});
		}
	}

	/**
	 * Names again the themes that grew past a naming size (from the sizes before to
	 * now), unless staff named them.
	 */
	void renameGrown(Map<Long, Integer> sizesBefore) {
		sizesBefore.forEach((id, before) -> themes.theme(id).filter(t -> !t.namedByStaff())
				.filter(t -> RENAME_AT.stream().anyMatch(size -> before < size && size <= t.size()))
				.ifPresent(this::nameByKeyPhrases));
	}

	void nameByKeyPhrases(Theme theme) {
		List<String> texts = items.textsOf(theme.id(), NAMING_SAMPLE);
		if (texts.isEmpty()) {
			return;
		}
		List<String> background = items.textsOutside(theme.id(), BACKGROUND_SAMPLE);
		List<List<String>> groups = background.isEmpty() ? List.of(texts) : List.of(texts, background);
		String name = grouping.names(groups).getFirst();
		if (name != null && !name.isBlank()) {
			themes.rename(theme.id(), clip(name), false);
		}
	}

	Theme rename(long id, String name) {
		theme(id);
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty() || clean.length() > 200) {
			throw FeedbackRefused.invalid("name", "listening.error.themeName",
					"A theme's name needs between 1 and 200 characters.");
		}
		themes.rename(id, clean, true);
		return theme(id);
	}

	Theme merge(long into, long from) {
		if (into == from) {
			throw FeedbackRefused.invalid("from", "listening.error.mergeSelf", "Choose another theme to merge.");
		}
		ThemeCentroid target = themes.lock(into).orElseThrow(() -> notFound(into));
		ThemeCentroid source = themes.lock(from).orElseThrow(() -> notFound(from));
		int size = target.size() + source.size();
		float[] centroid = new float[target.centroid().length];
		for (int i = 0; i < centroid.length; i++) {
			centroid[i] = size == 0
					? 0
					: (target.centroid()[i] * target.size() + source.centroid()[i] * source.size()) / size;
		}
		items.moveAll(from, into);
		themes.update(into, centroid, size, clock.instant());
		themes.delete(from);
		return theme(into);
	}

	/**
	 * Groups the theme's items again; the largest group keeps the theme, each other
	 * one becomes a theme.
	 */
	List<Theme> split(long id) {
		themes.lock(id).orElseThrow(() -> notFound(id));
		Map<Long, float[]> embeddings = items.embeddingsOf(id);
		if (embeddings.size() < 2) {
			throw new FeedbackRefused(HttpStatus.CONFLICT, null, "listening.error.splitSmall",
					"A theme needs at least two items to be split.");
		}
		List<Long> ids = new ArrayList<>(embeddings.keySet());
		int[] groups = grouping.group(new ArrayList<>(embeddings.values()));
		Map<Integer, List<Long>> members = new HashMap<>();
		for (int i = 0; i < groups.length; i++) {
			members.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(ids.get(i));
		}
		if (members.size() < 2) {
			members = halves(ids, embeddings);
		}
		List<List<Long>> bySize = new ArrayList<>(members.values());
		bySize.sort((a, b) -> Integer.compare(b.size(), a.size()));
		List<Theme> result = new ArrayList<>();
		for (int g = 0; g < bySize.size(); g++) {
			List<Long> group = bySize.get(g);
			float[] centroid = mean(group, embeddings);
			long themeId;
			if (g == 0) {
				themeId = id;
				themes.update(id, centroid, group.size(), clock.instant());
			} else {
				themeId = themes.create("…", centroid, group.size(), clock.instant());
				group.forEach(item -> items.moveToTheme(item, themeId));
			}
			result.add(theme(themeId));
		}
		for (Theme theme : result) {
			if (!theme.namedByStaff()) {
				nameByKeyPhrases(theme);
			}
		}
		return result.stream().map(t -> theme(t.id())).toList();
	}

	/** Moves an item from its theme (if any) to another one. */
	void move(long itemId, Long fromTheme, long toTheme) {
		float[] embedding = items.embeddingOf(itemId).orElseThrow(() -> new FeedbackRefused(HttpStatus.CONFLICT, null,
				"listening.error.notTagged", "The item is not tagged yet; try again in a moment."));
		ThemeCentroid target = themes.lock(toTheme).orElseThrow(() -> notFound(toTheme));
		if (fromTheme != null && fromTheme == toTheme) {
			return;
		}
		if (fromTheme != null) {
			themes.lock(fromTheme).ifPresent(source -> {
				if (source.size() <= 1) {
					themes.update(source.themeId(), new float[embedding.length], 0, clock.instant());
				} else {
					themes.update(source.themeId(), grouping.left(source, embedding), source.size() - 1,
							clock.instant());
				}
			});
		}
		themes.update(toTheme, grouping.joined(target, embedding), target.size() + 1, clock.instant());
		items.moveToTheme(itemId, toTheme);
	}

	Theme theme(long id) {
		return themes.theme(id).orElseThrow(() -> notFound(id));
	}

	List<Theme> all() {
		return themes.themes();
	}

	private static Map<Integer, List<Long>> halves(List<Long> ids, Map<Long, float[]> embeddings) {
		// the grouping saw one group: split around the item farthest from the centroid
		float[] centroid = mean(ids, embeddings);
		long far = ids.stream()
				.min((a, b) -> Double.compare(dot(embeddings.get(a), centroid), dot(embeddings.get(b), centroid)))
				.orElseThrow();
		Map<Integer, List<Long>> members = new HashMap<>();
		for (long item : ids) {
			boolean nearFar = dot(embeddings.get(item), embeddings.get(far)) > dot(embeddings.get(item), centroid);
			members.computeIfAbsent(nearFar ? 1 : 0, g -> new ArrayList<>()).add(item);
		}
		if (members.size() < 2) {
			members.put(1, new ArrayList<>(List.of(far)));
			members.get(0).remove(far);
		}
		return members;
	}

	private static float[] mean(List<Long> group, Map<Long, float[]> embeddings) {
		float[] sum = null;
		for (long item : group) {
			float[] e = embeddings.get(item);
			if (sum == null) {
				sum = new float[e.length];
			}
			for (int i = 0; i < e.length; i++) {
				sum[i] += e[i] / group.size();
			}
		}
		return sum;
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	private static void replace(List<ThemeCentroid> current, ThemeCentroid theme) {
		for (int i = 0; i < current.size(); i++) {
			if (current.get(i).themeId() == theme.themeId()) {
				current.set(i, theme);
				return;
			}
		}
		current.add(theme);
	}

	/** A new theme's name until it grows: the first words of its first item. */
	static String provisionalName(String text) {
		String words = text.strip().replaceAll("\\s+", " ");
		String[] parts = words.split(" ");
		StringBuilder name = new StringBuilder();
		for (String part : parts) {
			if (name.length() + part.length() + 1 > 60) {
				break;
			}
			name.append(name.isEmpty() ? "" : " ").append(part);
		}
		if (name.isEmpty()) {
			name.append(words, 0, Math.min(60, words.length()));
		}
		return name.length() < words.length() ? name + "…" : name.toString();
	}

	private static String clip(String name) {
		return name.length() <= 200 ? name : name.substring(0, 199) + "…";
	}

	private static FeedbackRefused notFound(long id) {
		return FeedbackRefused.notFound("No theme " + id + ".");
	}
}
