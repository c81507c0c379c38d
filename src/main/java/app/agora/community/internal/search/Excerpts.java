package app.agora.community.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted excerpts with Lucene's highlighter: the stored text is
 * HTML-escaped piece by piece ({@link #ESCAPE}) and only then are
 * {@code <mark>} tags put around the matched words, so what a post says never
 * reaches a page as markup.
 */
final class Excerpts {

	private static final int FRAGMENT = 160;
	private static final int FRAGMENTS = 2;
	private static final String GAP = " … ";

	/** Escapes only what HTML needs (accents stay readable in the JSON too). */
	static final Encoder ESCAPE = Excerpts::escape;

	private Excerpts() {
	}

	static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/** The body's best passages with the query's words marked, or its start. */
	static String body(Query query, String body) {
		String marked = mark(query, SearchIndex.BODY, body, false);
		if (marked != null) {
			return marked;
		}
		String start = body.length() > FRAGMENT * 2 ? body.substring(0, FRAGMENT * 2) + "…" : body;
		return escape(start);
	}

	/** The whole title, escaped, with the query's words marked. */
	static String title(Query query, String title) {
		String marked = mark(query, SearchIndex.TITLE, title, true);
		return marked != null ? marked : escape(title);
	}

	private static String mark(Query query, String field, String text, boolean whole) {
		for (SearchText.Language language : SearchText.Language.values()) {
			String analysed = language.field(field);
			var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), ESCAPE,
					new QueryScorer(query, analysed));
			highlighter.setTextFragmenter(whole ? new NullFragmenter() : new SimpleFragmenter(FRAGMENT));
			highlighter.setMaxDocCharsToAnalyze(50_000);
			try {
				String[] fragments = highlighter.getBestFragments(language.analyzer, analysed, text,
						whole ? 1 : FRAGMENTS);
				if (fragments.length > 0) {
					return String.join(GAP, fragments).strip();
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			} catch (InvalidTokenOffsetsException e) {
				return null;
			}
		}
		return null;
	}
}
