package app.agora.community.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Finds {@code @handle} mentions in the prose of a post (never inside code or
 * links, never in an email address) and, while the Markdown is parsed, turns
 * those of known members into links to {@code /community/members/{handle}}. The
 * HTML made from the tree still goes through the sanitiser afterwards.
 */
final class MentionLinks implements PostProcessor {

	static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@./+-])@([a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?)",
			Pattern.CASE_INSENSITIVE);

	private final Predicate<String> known;

	MentionLinks(Predicate<String> known) {
		this.known = known;
	}

	@Override
	public Node process(Node document) {
		for (Text text : prose(document)) {
			link(text);
		}
		return document;
	}

	/** The handles mentioned in a parsed post, lower case, in order. */
	static Set<String> handlesIn(Node document) {
		Set<String> handles = new LinkedHashSet<>();
		for (Text text : prose(document)) {
			var matcher = MENTION.matcher(text.getLiteral());
			while (matcher.find()) {
				handles.add(matcher.group(1).toLowerCase(Locale.ROOT));
			}
		}
		return handles;
	}

	private void link(Text text) {
		String literal = text.getLiteral();
		var matcher = MENTION.matcher(literal);
		int done = 0;
		List<Node> parts = new ArrayList<>();
		while (matcher.find()) {
			String handle = matcher.group(1).toLowerCase(Locale.ROOT);
			if (!known.test(handle)) {
				continue;
			}
			if (matcher.start() > done) {
				parts.add(new Text(literal.substring(done, matcher.start())));
			}
			var link = new Link("/community/members/" + handle, null);
			link.appendChild(new Text("@" + handle));
			parts.add(link);
			done = matcher.end();
		}
		if (parts.isEmpty()) {
			return;
		}
		if (done < literal.length()) {
			parts.add(new Text(literal.substring(done)));
		}
		for (Node part : parts) {
			text.insertBefore(part);
		}
		text.unlink();
	}

	/** Text nodes outside links; code spans and blocks are not Text nodes. */
	private static List<Text> prose(Node document) {
		List<Text> found = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				found.add(text);
			}

			@Override
			public void visit(Link link) {
				// a mention inside a link's text stays text
			}
		});
		return found;
	}
}
