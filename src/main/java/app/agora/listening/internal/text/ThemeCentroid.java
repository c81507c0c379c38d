package app.agora.listening.internal.text;

/**
 * A theme as the grouping sees it: the mean of its items' embeddings (not
 * normalised) and how many items it holds.
 */
public record ThemeCentroid(long themeId, float[] centroid, int size) {
}
