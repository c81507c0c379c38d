package app.agora.community;

/**
 * A new thread: its kind, title, the product it is about (optional) and its
 * first post's Markdown.
 */
public record ThreadDraft(ThreadKind kind, String title, String productName, String text) {
}
