package org.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.parley.analysis.ErrorCodes;
import org.parley.analysis.TechnicalQueryAnalyzer;
import org.parley.analysis.TechnicalTextAnalyzer;
import org.parley.store.StoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The one owner of the Lucene index: its writer, its searchers and the switch between generations
 * (see {@link IndexFolder}). With the indexer on, it holds the {@link IndexWriter} and serves
 * near-real-time searchers from it; with the indexer off (commands, crash tests) it only reads.
 */
@Component
class SearchIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    static final String MODEL_KEY = "model";
    /** Raise whenever the documents' fields or their analysis change, so existing indexes are rebuilt at start. */
    static final int LAYOUT = 3;
    static final String BUILT_FROM_KEY = "builtFrom";

    private final IndexFolder folder;
    private final boolean writable;
    private final SentenceEmbeddings embeddings;
    private final Clock clock;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    /** When each question was last written, so a swap can replay what a rebuild may have missed. */
    private final Map<Long, Long> recentlyWritten = new ConcurrentHashMap<>();
    private final Object switching = new Object();
    private volatile Generation live;
    private volatile boolean rebuildNeeded;

    private record Generation(String name, Directory directory, IndexWriter writer, SearcherManager searchers) {
    }

    SearchIndex(StoreProperties store, SearchProperties properties, Clock clock) {
        this.folder = new IndexFolder(store.dataDir().toAbsolutePath().resolve("index"));
        this.writable = properties.indexerEnabled();
        this.embeddings = properties.embeddings() ? SentenceEmbeddings.miniLm() : SentenceEmbeddings.off();
        this.clock = clock;
        ErrorCodes codes = ErrorCodes.builtIn();
        this.indexAnalyzer = new PerFieldAnalyzerWrapper(new TechnicalTextAnalyzer(codes));
        this.queryAnalyzer = new TechnicalQueryAnalyzer(codes);
        open();
    }

    private void open() {
        try {
            Files.createDirectories(folder.root());
            String name = folder.current().orElse(null);
            if (name == null) {
                if (!writable) {
                    return;
                }
                name = folder.newGeneration(clock.instant());
                live = openGeneration(name);
                live.writer().commit();
                folder.publish(name);
                rebuildNeeded = true;
            } else {
                live = openGeneration(name);
                String model = committedModel(live);
                if (writable && !builtWith().equals(model)) {
                    log.info("Search index was built with '{}', now '{}': rebuilding", model, builtWith());
                    rebuildNeeded = true;
                }
            }
            if (writable) {
                folder.deleteOlderThan(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder.root() + ": " + e.getMessage(), e);
        }
    }

    private Generation openGeneration(String name) throws IOException {
        Directory dir = FSDirectory.open(folder.generation(name));
        if (writable) {
            IndexWriter writer = new IndexWriter(dir, writerConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            return new Generation(name, dir, writer, new SearcherManager(writer, null));
        }
        return new Generation(name, dir, null, new SearcherManager(dir, null));
    }

    private static String committedModel(Generation g) throws IOException {
        if (!DirectoryReader.indexExists(g.directory())) {
            return null;
        }
        try (DirectoryReader reader = DirectoryReader.open(g.directory())) {
            return reader.getIndexCommit().getUserData().get(MODEL_KEY);
        }
    }

    /**
     * How every writer of this index is set up, the live one and a rebuild's alike: the analysis and the passage codec
     * (a generation written without it would store full-size vectors).
     */
    IndexWriterConfig writerConfig() {
        return new IndexWriterConfig(indexAnalyzer).setCodec(new PassageCodec());
    }

    /** What an index commit records: the document layout and the embedding model; any change rebuilds. */
    String builtWith() {
        return "layout " + LAYOUT + ", " + embeddings.modelName();
    }

    IndexFolder folder() {
        return folder;
    }

    Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    SentenceEmbeddings embeddings() {
        return embeddings;
    }

    boolean writable() {
        return writable;
    }

    /** True once after opening when the index is new or was built with another model. */
    boolean takeRebuildNeeded() {
        boolean needed = rebuildNeeded;
        rebuildNeeded = false;
        return needed;
    }

    /** A search against the latest refreshed view of the index. */
    <T> T search(SearchFunction<T> work) {
        Generation g = live;
        if (g == null) {
            return work.emptyIndex();
        }
        try {
            IndexSearcher searcher = g.searchers().acquire();
            try {
                return work.apply(searcher);
            } finally {
                g.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search index unreadable: " + e.getMessage(), e);
        }
    }

    interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;

        /** The answer when no index exists yet (a read-only process before the first build). */
        T emptyIndex();
    }

    /** Replaces a question's documents ({@code docs} empty: the question left the index). */
    void write(long questionId, List<Document> docs) throws IOException {
        IndexWriter writer = writer();
        Term term = new Term(IndexFields.QUESTION_ID, Long.toString(questionId));
        if (docs.isEmpty()) {
            writer.deleteDocuments(term);
        } else {
            writer.updateDocuments(term, docs);
        }
        recentlyWritten.put(questionId, clock.millis());
    }

    /**
     * Replaces a question's words ({@code thread} and {@code post} documents) and marks its passages
     * pending; the old passages stay until new ones replace them, so vector search keeps finding an
     * edited question meanwhile. {@code docs} empty: the question left the index.
     */
    void writeLexical(long questionId, List<Document> docs) throws IOException {
        IndexWriter writer = writer();
        if (docs.isEmpty()) {
            writer.deleteDocuments(new Term(IndexFields.QUESTION_ID, Long.toString(questionId)));
        } else {
            writer.deleteDocuments(ofKinds(questionId, IndexFields.KIND_THREAD, IndexFields.KIND_POST,
                    IndexFields.KIND_VECTORS_PENDING));
            List<Document> all = new ArrayList<>(docs);
            if (embeddings.enabled()) {
                all.add(ThreadDocuments.vectorsPending(questionId));
            }
            writer.addDocuments(all);
        }
        recentlyWritten.put(questionId, clock.millis());
    }

    /** Replaces a question's passages and clears its pending mark. */
    void writePassages(long questionId, List<Document> passages) throws IOException {
        IndexWriter writer = writer();
        writer.deleteDocuments(ofKinds(questionId, IndexFields.KIND_PASSAGE, IndexFields.KIND_VECTORS_PENDING));
        writer.addDocuments(passages);
    }

    /** Questions whose passages are pending, at most {@code limit}. */
    List<Long> vectorsPending(int limit) {
        return search(new SearchFunction<>() {
            @Override
            public List<Long> apply(IndexSearcher searcher) throws IOException {
                List<Long> ids = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_VECTORS_PENDING)),
                        limit).scoreDocs) {
                    ids.add(DocNumbers.questionId(searcher.getIndexReader(), sd.doc));
                }
                return ids;
            }

            @Override
            public List<Long> emptyIndex() {
                return List.of();
            }
        });
    }

    private static Query ofKinds(long questionId, String... kinds) {
        BooleanQuery.Builder anyKind = new BooleanQuery.Builder();
        for (String kind : kinds) {
            anyKind.add(new TermQuery(new Term(IndexFields.KIND, kind)), BooleanClause.Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.QUESTION_ID, Long.toString(questionId))), BooleanClause.Occur.FILTER)
                .add(anyKind.build(), BooleanClause.Occur.FILTER)
                .build();
    }

    /** Makes written changes durable, then visible to searches. */
    void commit() throws IOException {
        IndexWriter writer = writer();
        writer.setLiveCommitData(Map.of(MODEL_KEY, builtWith()).entrySet());
        writer.commit();
        live.searchers().maybeRefreshBlocking();
    }

    /** Sees new writes without a commit (read-only processes: sees a newly published generation). */
    void refresh() throws IOException {
        followPublished();
        Generation g = live;
        if (g != null) {
            g.searchers().maybeRefreshBlocking();
        }
    }

    private IndexWriter writer() {
        Generation g = live;
        if (g == null || g.writer() == null) {
            throw new IllegalStateException("The search index is open read-only in this process");
        }
        return g.writer();
    }

    /**
     * Follows {@code CURRENT} when another process (or a rebuild here) published a new generation.
     * Returns the questions written here since that build started reading the store: the caller
     * writes them again into the new generation so no change made during the rebuild is lost.
     */
    List<Long> followPublished() throws IOException {
        String name = folder.current().orElse(null);
        Generation old = live;
        if (name == null || (old != null && name.equals(old.name()))) {
            return List.of();
        }
        synchronized (switching) {
            Generation next = openGeneration(name);
            long builtFrom = builtFrom(next);
            live = next;
            if (old != null) {
                old.searchers().close();
                if (old.writer() != null) {
                    old.writer().rollback();
                }
                old.directory().close();
            }
            log.info("Search index switched to generation {}", name);
            List<Long> replay = new ArrayList<>();
            recentlyWritten.forEach((id, at) -> {
                if (at >= builtFrom) {
                    replay.add(id);
                }
            });
            recentlyWritten.clear();
            if (writable) {
                folder.deleteOlderThan(name);
            }
            return replay;
        }
    }

    private long builtFrom(Generation g) throws IOException {
        if (!DirectoryReader.indexExists(g.directory())) {
            return 0;
        }
        try (DirectoryReader reader = DirectoryReader.open(g.directory())) {
            Map<String, String> data = new HashMap<>(reader.getIndexCommit().getUserData());
            return Long.parseLong(data.getOrDefault(BUILT_FROM_KEY, "0")) - 5_000;
        }
    }

    @Override
    public void destroy() throws IOException {
        Generation g = live;
        live = null;
        if (g != null) {
            g.searchers().close();
            if (g.writer() != null) {
                g.writer().close();
            }
            g.directory().close();
        }
        indexAnalyzer.close();
        queryAnalyzer.close();
    }
}
