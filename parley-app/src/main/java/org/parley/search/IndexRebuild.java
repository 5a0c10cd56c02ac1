package org.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the whole index from the store into a new generation beside the live one, then
 * publishes it. Searches keep using the old generation until the switch, so search stays online;
 * a running server follows the switch (see {@link SearchIndex#followPublished()}).
 */
@Component
public class IndexRebuild {

    private static final int BATCH = 200;

    private final SearchIndex index;
    private final IndexSourceStore store;
    private final Clock clock;

    IndexRebuild(SearchIndex index, IndexSourceStore store, Clock clock) {
        this.index = index;
        this.store = store;
        this.clock = clock;
    }

    /** Told how far the rebuild got, after every batch. */
    public interface Progress {
        void advanced(long questionsDone, long questionsTotal, long documents);
    }

    /** What a rebuild did. */
    public record Result(String generation, long questions, long documents, long millis) {

        public double documentsPerSecond() {
            return millis == 0 ? documents : documents * 1000.0 / millis;
        }
    }

    /** A process without the indexer follows the switch at once; a server's indexer follows it itself. */
    private void refreshQuietly() {
        try {
            index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("The new search index cannot be opened: " + e.getMessage(), e);
        }
    }

    public Result rebuild(Progress progress) {
        long started = clock.millis();
        IndexFolder folder = index.folder();
        String name = folder.newGeneration(clock.instant());
        ThreadDocuments documents = new ThreadDocuments(index.embeddings());
        long total = store.countQuestions();
        long questions = 0;
        long docs = 0;
        try (Directory dir = FSDirectory.open(folder.generation(name));
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(index.indexAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                     .setRAMBufferSizeMB(64))) {
            long cursor = 0;
            while (true) {
                List<Long> ids = store.questionIdsAfter(cursor, BATCH);
                if (ids.isEmpty()) {
                    break;
                }
                for (IndexedThread thread : store.threads(ids).values()) {
                    List<Document> threadDocs = documents.of(thread);
                    writer.addDocuments(threadDocs);
                    docs += threadDocs.size();
                    questions++;
                }
                cursor = ids.get(ids.size() - 1);
                progress.advanced(questions, Math.max(total, questions), docs);
            }
            // Questions that changed while the batches above were read: write their latest state.
            List<Long> changed = store.questionsActiveSince(started - 1_000);
            Map<Long, IndexedThread> latest = store.threads(changed);
            for (Long id : changed) {
                IndexedThread t = latest.get(id);
                Term term = new Term(IndexFields.QUESTION_ID, Long.toString(id));
                if (t == null) {
                    writer.deleteDocuments(term);
                } else {
                    writer.updateDocuments(term, documents.of(t));
                }
            }
            writer.setLiveCommitData(Map.of(SearchIndex.MODEL_KEY, index.builtWith(),
                    SearchIndex.BUILT_FROM_KEY, Long.toString(started)).entrySet());
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Rebuilding the search index failed: " + e.getMessage(), e);
        }
        String previous = folder.current().orElse(null);
        folder.publish(name);
        if (previous != null) {
            // Keep the generation a running server may still have open until it follows the switch.
            folder.deleteOlderThan(previous);
        }
        if (!index.writable()) {
            refreshQuietly();
        }
        return new Result(name, questions, docs, clock.millis() - started);
    }
}
