package app.agora.community.internal.search;

/** An existing question whose title resembles the one being typed. */
record SimilarQuestion(long threadId, String title, String spaceSlug, String spaceName, boolean solved, String path) {
}
