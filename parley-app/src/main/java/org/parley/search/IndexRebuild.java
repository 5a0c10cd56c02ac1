package org.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

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
    /** Large, so a bulk build writes few segments and merges little; the heap holds it next to an import's. */
    private static final double WORDS_BUFFER_MB = 96;
    /** The machine's two cores: the store is read meanwhile on the calling thread. */
    private static final int ANALYSIS_THREADS = 2;

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
        ThreadDocuments documents = new ThreadDocuments(index.embeddings());
        return build(progress, documents::of, new Settings(64, 1, true), () -> true).orElseThrow();
    }

    /**
     * Builds a generation of words only, for a bulk load: every question's {@code thread} and {@code post}
     * documents with a vectors-pending mark, which a server's indexer turns into passages afterwards (as it does
     * for any new post). Analysis runs on two threads into a large buffer, with one commit and no final merge.
     *
     * @param publish asked just before the switch; false leaves the live generation alone and deletes the new one
     * @return what was built, or empty when {@code publish} said no
     */
    Optional<Result> rebuildWords(Progress progress, BooleanSupplier publish) {
        ThreadDocuments documents = new ThreadDocuments(index.embeddings());
        boolean pending = index.embeddings().enabled();
        return build(progress, t -> {
            List<Document> docs = documents.lexical(t);
            if (pending) {
                docs.add(ThreadDocuments.vectorsPending(t.questionId()));
            }
            return docs;
        }, new Settings(WORDS_BUFFER_MB, ANALYSIS_THREADS, false), publish);
    }

    /**
     * How a build writes: the writer's buffer, the threads that analyse, and whether to merge to one segment
     * at the end (worth it for a rebuild that runs rarely; at a million posts it rewrites the whole index).
     */
    private record Settings(double bufferMb, int threads, boolean forceMerge) {
    }

    private Optional<Result> build(Progress progress, Function<IndexedThread, List<Document>> docsOf, Settings settings,
                                   BooleanSupplier publish) {
        long started = clock.millis();
        IndexFolder folder = index.folder();
        String name = folder.newGeneration(clock.instant());
        long total = store.countQuestions();
        AtomicLong questions = new AtomicLong();
        AtomicLong docs = new AtomicLong();
        ExecutorService analysis = Executors.newFixedThreadPool(settings.threads(),
                Thread.ofPlatform().name("index-build-", 0).daemon(true).factory());
        try (Directory dir = FSDirectory.open(folder.generation(name));
             IndexWriter writer = new IndexWriter(dir, index.writerConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                     .setRAMBufferSizeMB(settings.bufferMb()))) {
            // The store is read on this thread while the batches read before are analysed: a bounded number in
            // flight keeps memory flat however large the store is.
            Semaphore inFlight = new Semaphore(settings.threads() * 2);
            List<Future<?>> running = new ArrayList<>();
            long cursor = 0;
            while (true) {
                List<Long> ids = store.questionIdsAfter(cursor, BATCH);
                if (ids.isEmpty()) {
                    break;
                }
                Collection<IndexedThread> batch = store.threads(ids).values();
                inFlight.acquire();
                running.add(analysis.submit(() -> {
                    try {
                        for (IndexedThread thread : batch) {
                            List<Document> threadDocs = docsOf.apply(thread);
                            writer.addDocuments(threadDocs);
                            docs.addAndGet(threadDocs.size());
                            questions.incrementAndGet();
                        }
                        return null;
                    } finally {
                        inFlight.release();
                    }
                }));
                running.removeIf(f -> f.isDone() && succeeded(f));
                cursor = ids.get(ids.size() - 1);
                progress.advanced(questions.get(), Math.max(total, questions.get()), docs.get());
            }
            for (Future<?> f : running) {
                succeeded(f);
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
                    writer.updateDocuments(term, docsOf.apply(t));
                }
            }
            writer.setLiveCommitData(Map.of(SearchIndex.MODEL_KEY, index.builtWith(),
                    SearchIndex.BUILT_FROM_KEY, Long.toString(started)).entrySet());
            if (settings.forceMerge()) {
                writer.forceMerge(1);
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Rebuilding the search index failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuilding the search index was interrupted", e);
        } finally {
            analysis.shutdownNow();
        }
        if (!publish.getAsBoolean()) {
            folder.delete(name);
            return Optional.empty();
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
        return Optional.of(new Result(name, questions.get(), docs.get(), clock.millis() - started));
    }

    /** Waits for an analysis batch; its failure fails the build. */
    private static boolean succeeded(Future<?> batch) {
        try {
            batch.get();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuilding the search index was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException("Rebuilding the search index failed: " + io.getMessage(), io);
            }
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }
}
