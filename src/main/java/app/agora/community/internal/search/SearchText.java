package app.agora.community.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How text is analysed and how what someone types becomes a query. Posts are in
 * English or French, often both in one space, and a short post says too little
 * to guess its language reliably; so every title and body is indexed twice,
 * once with Lucene's English analyzer and once with its French one (stop words,
 * elision, stemming), and a query word matches in either. What people type is
 * never parsed as Lucene syntax: it is cut into words, each analysed by both
 * analyzers, so quotes, brackets, {@code AND} or {@code *} are plain text.
 */
final class SearchText {

	enum Language {
		EN(new EnglishAnalyzer()), FR(new FrenchAnalyzer());

		final Analyzer analyzer;

		Language(Analyzer analyzer) {
			this.analyzer = analyzer;
		}

		String field(String base) {
			return base + "_" + name().toLowerCase(Locale.ROOT);
		}
	}

	/** The analyzer the index writer uses: per field, by its language suffix. */
	static final Analyzer INDEXING = new PerFieldAnalyzerWrapper(new StandardAnalyzer(),
			Map.of(Language.EN.field(SearchIndex.TITLE), Language.EN.analyzer, Language.EN.field(SearchIndex.BODY),
					Language.EN.analyzer, Language.FR.field(SearchIndex.TITLE), Language.FR.analyzer,
					Language.FR.field(SearchIndex.BODY), Language.FR.analyzer));

	/** The longest query text taken; the rest is ignored. */
	static final int MAX_QUERY = 200;
	private static final int MAX_WORDS = 32;
	private static final float TITLE_BOOST = 3f;
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
	private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
	private static final Pattern LINE_MARK = Pattern.compile("(?m)^\\s*(?:#{1,6}|>+|[-*+]|\\d+\\.)\\s+");
	private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`+|~~");

	private SearchText() {
	}

	/**
	 * The query text as used: stripped and cut to {@value #MAX_QUERY} characters.
	 */
	static String clean(String text) {
		String value = text == null ? "" : text.strip();
		return value.length() > MAX_QUERY ? value.substring(0, MAX_QUERY) : value;
	}

	/**
	 * The words someone typed, at most {@value #MAX_WORDS}, without those that are
	 * a stop word in either language (they would make "the boots" miss a post that
	 * never says "the").
	 */
	static List<String> words(String text) {
		Set<String> words = new LinkedHashSet<>();
		Matcher matcher = WORD.matcher(clean(text).toLowerCase(Locale.ROOT));
		while (matcher.find() && words.size() < MAX_WORDS) {
			String word = matcher.group();
			boolean meaningful = true;
			for (Language language : Language.values()) {
				meaningful &= !terms(language.analyzer, word).isEmpty();
			}
			if (meaningful) {
				words.add(word);
			}
		}
		return List.copyOf(words);
	}

	/**
	 * A query over titles and bodies in both languages: each word must match
	 * ({@code every}) or may match.
	 */
	static Query query(List<String> words, boolean every, boolean titlesOnly) {
		var query = new BooleanQuery.Builder();
		for (String word : words) {
			var anyField = new BooleanQuery.Builder();
			for (Language language : Language.values()) {
				for (String term : terms(language.analyzer, word)) {
					anyField.add(new BoostQuery(new TermQuery(new Term(language.field(SearchIndex.TITLE), term)),
							TITLE_BOOST), Occur.SHOULD);
					if (!titlesOnly) {
						anyField.add(new TermQuery(new Term(language.field(SearchIndex.BODY), term)), Occur.SHOULD);
					}
				}
			}
			query.add(anyField.build(), every ? Occur.MUST : Occur.SHOULD);
		}
		return query.build();
	}

	static List<String> terms(Analyzer analyzer, String text) {
		var terms = new ArrayList<String>();
		try (TokenStream tokens = analyzer.tokenStream("", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return terms;
	}

	/**
	 * A post's Markdown as plain text for excerpts: link targets, heading, quote
	 * and list marks, bold and code marks dropped; everything else (HTML a post may
	 * show as text included) kept as written, to be escaped on the way out.
	 */
	static String plain(String markdown) {
		String text = LINK.matcher(markdown == null ? "" : markdown).replaceAll("$1");
		text = LINE_MARK.matcher(text).replaceAll("");
		return EMPHASIS.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
	}

	/** Products match whatever their letter case. */
	static String productKey(String product) {
		return product.strip().toLowerCase(Locale.ROOT);
	}
}
