package app.agora.community.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns a post's Markdown into HTML that is safe to show, once, when the post
 * is written. commonmark-java renders it with raw HTML escaped (so a pasted
 * {@code <img onerror>} shows as text); the OWASP sanitizer then keeps only
 * formatting, lists, quotes, code and http(s)/mailto links, which get
 * {@code rel="nofollow ugc noopener"}. Mentions of known members
 * ({@code @handle}) become links to their community profile.
 */
@Component
class MarkdownPosts {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(new HtmlPolicyBuilder()
			.allowElements("a").allowUrlProtocols("http", "https", "mailto").allowAttributes("href").onElements("a")
			.requireRelsOnLinks("nofollow", "ugc", "noopener")
			.allowElements("pre", "code", "hr", "br", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td")
			.toFactory());

	private final Parser parser;
	private final Parser plain = Parser.builder().build();
	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).build();

	MarkdownPosts(MemberHandles handles) {
		// @handle of a known member becomes a link to their profile while parsing;
		// the sanitizer below still runs last.
		this.parser = Parser.builder().postProcessor(new MentionLinks(handles::exists)).build();
	}

	String toSafeHtml(String markdown) {
		return POLICY.sanitize(renderer.render(parser.parse(markdown)));
	}

	/** The handles a post mentions (in its prose, not in code or links). */
	java.util.Set<String> mentions(String markdown) {
		if (markdown.indexOf('@') < 0) {
			return java.util.Set.of(); // most posts: no need to parse them
		}
		return MentionLinks.handlesIn(plain.parse(markdown));
	}
}
