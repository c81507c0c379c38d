/**
 * Community: spaces where customers talk to each other and to the company
 * (public or members-only), their threads (discussion, question, review, idea)
 * and posts written in Markdown and kept safe. Public spaces read without an
 * account, so that answers can be found; posting needs one.
 * <p>
 * Other modules call {@link app.agora.community.Community} and listen to
 * {@link app.agora.community.PostPublished}; the rest lives in
 * {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community")
package app.agora.community;
