/**
 * Listening: every voice becomes feedback. Posts, reviews, ideas, the reasons a
 * lost prospect gave and staff notes arrive as feedback items through the
 * events of the modules that own them (or by hand, or from a CSV of another
 * channel); each item is tagged with the products and competitors it names, its
 * sentiment, its language and its theme.
 * <p>
 * Other modules call {@link app.agora.listening.Feedback}; the rest lives in
 * {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Listening")
package app.agora.listening;
