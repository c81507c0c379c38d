package app.agora.community.internal.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index of community posts: one document per visible post, its text
 * indexed twice (English and French analysis, see {@link SearchText}), with
 * keyword fields for the filters. Writes are serialised by the caller
 * ({@link SearchIndexer}); reads go through a {@link SearcherManager} refreshed
 * after each change.
 */
class SearchIndex implements Closeable {

	/**
	 * Change when documents change shape: a different version is rebuilt at start.
	 */
	static final String VERSION = "2";
	private static final String VERSION_KEY = "agora.search.version";

	static final String POST_ID = "post_id";
	static final String THREAD_ID = "thread_id";
	static final String SPACE_ID = "space_id";
	static final String KIND = "kind";
	static final String PRODUCT = "product";
	static final String SOLVED = "solved";
	static final String FIRST = "first";
	static final String TITLE = "title";
	static final String BODY = "body";
	static final String CREATED = "created";

	private final Directory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;

	SearchIndex(Directory directory) {
		this(directory, 64);
	}

	/** With a larger indexing buffer for bulk loads (the benchmark). */
	/** Changes written so far, and how many of them the last commit held. */
	private final AtomicLong changes = new AtomicLong();
	private final ReentrantLock commitLock = new ReentrantLock();
	private long committedChanges;

	SearchIndex(Directory directory, double ramBufferMb) {
		this.directory = directory;
		try {
			var config = new IndexWriterConfig(SearchText.INDEXING);
			config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
			config.setRAMBufferSizeMB(ramBufferMb);
			this.writer = new IndexWriter(directory, config);
			this.searchers = new SearcherManager(writer, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Empty, or written by another version of this code: rebuild it. */
	boolean needsRebuild() {
		return writer.getDocStats().numDocs == 0 || !VERSION.equals(committedVersion());
	}

	private String committedVersion() {
		for (Map.Entry<String, String> entry : liveData()) {
			if (entry.getKey().equals(VERSION_KEY)) {
				return entry.getValue();
			}
		}
		try (var reader = DirectoryReader.open(writer)) {
			return reader.getIndexCommit().getUserData().get(VERSION_KEY);
		} catch (IOException e) {
			return null;
		}
	}

	private Iterable<Map.Entry<String, String>> liveData() {
		var data = writer.getLiveCommitData();
		return data == null ? List.of() : data;
	}

	int documents() {
		return writer.getDocStats().numDocs;
	}

	/** Puts these posts in, replacing earlier copies of them. */
	void put(Collection<IndexedPost> posts) {
		try {
			for (IndexedPost post : posts) {
				writer.updateDocument(new Term(POST_ID, Long.toString(post.postId())), document(post));
			}
			changes.incrementAndGet();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Adds posts known not to be there yet (a rebuild after {@link #clear}). */
	void add(Collection<IndexedPost> posts) {
		try {
			for (IndexedPost post : posts) {
				writer.addDocument(document(post));
			}
			changes.incrementAndGet();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void deletePost(long postId) {
		delete(new Term(POST_ID, Long.toString(postId)));
	}

	void deleteThread(long threadId) {
		delete(new Term(THREAD_ID, Long.toString(threadId)));
	}

	void clear() {
		try {
			writer.deleteAll();
			changes.incrementAndGet();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void delete(Term term) {
		try {
			writer.deleteDocuments(term);
			changes.incrementAndGet();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Makes the changes made so far durable and visible to searches. Commits are
	 * shared: a caller whose changes went into a commit that started after them
	 * returns at once, so many listeners finishing together cost one commit.
	 */
	void commit() {
		long mine = changes.get();
		commitLock.lock();
		try {
			if (committedChanges >= mine) {
				return;
			}
			long upTo = changes.get();
			writer.setLiveCommitData(Map.of(VERSION_KEY, VERSION).entrySet());
			writer.commit();
			searchers.maybeRefreshBlocking();
			committedChanges = upTo;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			commitLock.unlock();
		}
	}

	/** Runs a search on the latest committed state. */
	<T> T search(SearchOperation<T> operation) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return operation.run(searcher);
			} finally {
				searchers.release(searcher);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	interface SearchOperation<T> {
		T run(IndexSearcher searcher) throws IOException;
	}

	static Document document(IndexedPost post) {
		var doc = new Document();
		doc.add(new StringField(POST_ID, Long.toString(post.postId()), Field.Store.YES));
		doc.add(new StringField(THREAD_ID, Long.toString(post.threadId()), Field.Store.YES));
		// Filter fields are keywords with doc values too: a filter matching most posts
		// (the readable spaces) is
		// then checked per candidate of the text query instead of being read in full
		// (IndexOrDocValuesQuery).
		doc.add(new KeywordField(SPACE_ID, Long.toString(post.spaceId()), Field.Store.YES));
		doc.add(new KeywordField(KIND, post.kind().name(), Field.Store.YES));
		if (post.productName() != null) {
			doc.add(new KeywordField(PRODUCT, SearchText.productKey(post.productName()), Field.Store.NO));
			doc.add(new StoredField(PRODUCT + "_name", post.productName()));
		}
		doc.add(new KeywordField(SOLVED, Boolean.toString(post.solved()), Field.Store.YES));
		doc.add(new StringField(FIRST, Boolean.toString(post.firstPost()), Field.Store.NO));
		doc.add(new StoredField(TITLE, post.title()));
		doc.add(new StoredField(BODY, SearchText.plain(post.text())));
		doc.add(new StoredField(CREATED, post.createdAt().toEpochMilli()));
		doc.add(new LongPoint(CREATED, post.createdAt().toEpochMilli()));
		for (SearchText.Language language : SearchText.Language.values()) {
			doc.add(new TextField(language.field(TITLE), post.title(), Field.Store.NO));
			doc.add(new TextField(language.field(BODY), SearchText.plain(post.text()), Field.Store.NO));
		}
		return doc;
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}
}
