package app.agora.community.internal.search;

import app.agora.community.Community;
import app.agora.community.CommunityRefused;
import app.agora.community.Participant;
import app.agora.community.Slugs;
import app.agora.community.Space;
import app.agora.community.ThreadKind;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Full-text search over the posts a reader may read: the spaces they may read
 * are a filter of every query, so a members-only space's posts are found only
 * by its members and staff, whatever the index holds.
 */
@Service
class CommunitySearch {

	static final int PAGE_SIZE = 10;
	static final int MAX_PAGE = 100;
	static final int SIMILAR = 5;
	/** As many posts as a thread page shows, to link a hit to its page. */
	private static final int THREAD_PAGE_SIZE = 20;

	private final Community community;
	private final SearchIndex index;
	private final JdbcClient jdbc;

	CommunitySearch(Community community, SearchIndex index, JdbcClient jdbc) {
		this.community = community;
		this.index = index;
		this.jdbc = jdbc;
	}

	SearchResults search(SearchRequest request, Participant reader) {
		Map<Long, Space> readable = readableSpaces(reader);
		Query filter = filter(request, readable);
		String text = request.query();
		List<String> words = SearchText.words(text);
		if (words.isEmpty()) {
			return SearchResults.none(text);
		}
		int page = Math.clamp(request.page(), 1, MAX_PAGE);
		Query every = withFilter(SearchText.query(words, true, false), filter);
		// One searcher for the query and the stored fields: document numbers are only
		// valid within it.
		return index.search(searcher -> {
			Query matched = every;
			TopDocs top = searcher.search(every, page * PAGE_SIZE);
			if (top.totalHits.value() == 0 && words.size() > 1) {
				matched = withFilter(SearchText.query(words, false, false), filter);
				top = searcher.search(matched, page * PAGE_SIZE);
			}
			long total = top.totalHits.value();
			boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
			int pages = (int) Math.max(1, Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE));
			StoredFields stored = searcher.storedFields();
			var hits = new ArrayList<SearchResults.Hit>();
			ScoreDoc[] docs = top.scoreDocs;
			for (int i = (page - 1) * PAGE_SIZE; i < docs.length; i++) {
				hits.add(hit(stored.document(docs[i].doc), matched, readable));
			}
			return new SearchResults(text, page, PAGE_SIZE, total, exact, pages, hits);
		});
	}

	/**
	 * Questions whose titles share words with this one, in the spaces the reader
	 * may read.
	 */
	List<SimilarQuestion> similar(String title, String spaceSlug, Participant reader) {
		Map<Long, Space> readable = readableSpaces(reader);
		List<String> words = SearchText.words(title);
		if (words.isEmpty()) {
			return List.of();
		}
		var query = new BooleanQuery.Builder().add(SearchText.query(words, false, true), Occur.MUST)
				.add(new TermQuery(new Term(SearchIndex.FIRST, "true")), Occur.FILTER)
				.add(new TermQuery(new Term(SearchIndex.KIND, ThreadKind.QUESTION.name())), Occur.FILTER)
				.add(spacesQuery(readable.keySet()), Occur.FILTER);
		readable.values().stream().filter(s -> s.slug().equals(spaceSlug)).findFirst()
				.ifPresent(space -> query.add(
						new BoostQuery(new TermQuery(new Term(SearchIndex.SPACE_ID, Long.toString(space.id()))), 0.5f),
						Occur.SHOULD));
		Query built = query.build();
		return index.search(searcher -> {
			StoredFields stored = searcher.storedFields();
			var list = new ArrayList<SimilarQuestion>();
			for (ScoreDoc doc : searcher.search(built, SIMILAR).scoreDocs) {
				Document d = stored.document(doc.doc);
				Space space = readable.get(Long.parseLong(d.get(SearchIndex.SPACE_ID)));
				long threadId = Long.parseLong(d.get(SearchIndex.THREAD_ID));
				String threadTitle = d.get(SearchIndex.TITLE);
				list.add(new SimilarQuestion(threadId, threadTitle, space.slug(), space.name(),
						Boolean.parseBoolean(d.get(SearchIndex.SOLVED)), threadPath(space, threadId, threadTitle)));
			}
			return list;
		});
	}

	private Map<Long, Space> readableSpaces(Participant reader) {
		return community.spaces(reader).stream().collect(Collectors.toMap(Space::id, Function.identity()));
	}

	private static Query filter(SearchRequest request, Map<Long, Space> readable) {
		var filter = new BooleanQuery.Builder();
		String slug = request.spaceOrNull();
		if (slug == null) {
			filter.add(spacesQuery(readable.keySet()), Occur.FILTER);
		} else {
			Space space = readable.values().stream().filter(s -> s.slug().equals(slug)).findFirst()
					.orElseThrow(() -> CommunityRefused.invalid("space", "search.error.space",
							"No space '" + slug + "' to search in."));
			filter.add(KeywordField.newExactQuery(SearchIndex.SPACE_ID, Long.toString(space.id())), Occur.FILTER);
		}
		ThreadKind kind = request.kindOrNull();
		if (kind != null) {
			filter.add(KeywordField.newExactQuery(SearchIndex.KIND, kind.name()), Occur.FILTER);
		}
		String product = request.productOrNull();
		if (product != null) {
			filter.add(KeywordField.newExactQuery(SearchIndex.PRODUCT, SearchText.productKey(product)), Occur.FILTER);
		}
		Boolean solved = request.solvedOrNull();
		if (solved != null) {
			filter.add(KeywordField.newExactQuery(SearchIndex.SOLVED, solved.toString()), Occur.FILTER);
		}
		return filter.build();
	}

	static Query spacesQuery(java.util.Collection<Long> spaceIds) {
		return KeywordField.newSetQuery(SearchIndex.SPACE_ID,
				spaceIds.stream().map(id -> new BytesRef(Long.toString(id))).toList());
	}

	private static Query withFilter(Query text, Query filter) {
		return new BooleanQuery.Builder().add(text, Occur.MUST).add(filter, Occur.FILTER).build();
	}

	private SearchResults.Hit hit(Document d, Query query, Map<Long, Space> readable) throws IOException {
		long postId = Long.parseLong(d.get(SearchIndex.POST_ID));
		long threadId = Long.parseLong(d.get(SearchIndex.THREAD_ID));
		Space space = readable.get(Long.parseLong(d.get(SearchIndex.SPACE_ID)));
		String title = d.get(SearchIndex.TITLE);
		String path = threadPath(space, threadId, title);
		int page = threadPageOf(threadId, postId);
		return new SearchResults.Hit(postId, threadId, space.slug(), space.name(),
				ThreadKind.valueOf(d.get(SearchIndex.KIND)), d.get(SearchIndex.PRODUCT + "_name"),
				Boolean.parseBoolean(d.get(SearchIndex.SOLVED)), title, Excerpts.title(query, title),
				Excerpts.body(query, d.get(SearchIndex.BODY)),
				path + (page > 1 ? "?page=" + page : "") + "#post-" + postId,
				Instant.ofEpochMilli(d.getField(SearchIndex.CREATED).numericValue().longValue()));
	}

	private static String threadPath(Space space, long threadId, String title) {
		return "/community/" + space.slug() + "/t/" + threadId + "-" + Slugs.of(title);
	}

	/**
	 * The page of its thread a post shows on (posts in the order written, 20 a
	 * page).
	 */
	private int threadPageOf(long threadId, long postId) {
		long before = jdbc.sql("""
				select count(*) from community_post where thread_id = :thread and status = 'VISIBLE' and id < :post""")
				.param("thread", threadId).param("post", postId).query(Long.class).single();
		return (int) (before / THREAD_PAGE_SIZE) + 1;
	}
}
