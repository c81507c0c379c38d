package app.agora.community;

/** A new review: 1 to 5 stars, a title and the text (Markdown). */
public record ReviewDraft(Integer stars, String title, String text) {
}
