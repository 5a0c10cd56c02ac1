package org.parley.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.parley.post.PostEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drains {@code search_outbox} into the index on one background thread: reads the changed
 * questions from the store, writes their words ({@code thread} and {@code post} documents) with a
 * vectors-pending mark, commits the index, and only then deletes the outbox rows. A crash at any
 * point leaves the rows in place, so the next start indexes them again (writing a question twice
 * is harmless). When the outbox is empty it computes the sentence vectors of marked questions, a
 * few per commit: the words are searchable within the second, vectors follow. A commit wakes the
 * thread at once; otherwise it polls. It also indexes the store whole when a bulk import died before doing so
 * ({@link BulkLoad}).
 */
@Component
class SearchIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 500;
    /** Questions embedded per commit: small, so new outbox rows wait at most a few seconds behind vectors. */
    private static final int VECTOR_BATCH = 16;
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final SearchIndex index;
    private final IndexSourceStore store;
    private final IndexRebuild rebuild;
    private final SearchProperties properties;
    private final BulkLoad bulkLoad;
    /** {@link System#nanoTime()} of the next look at {@code search_bulk_loads}. */
    private long nextBulkLoadCheck = System.nanoTime();
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean paused;
    private volatile boolean vectorsPaused;
    private Thread thread;

    SearchIndexer(SearchIndex index, IndexSourceStore store, IndexRebuild rebuild, SearchProperties properties,
                  BulkLoad bulkLoad) {
        this.index = index;
        this.store = store;
        this.rebuild = rebuild;
        this.properties = properties;
        this.bulkLoad = bulkLoad;
    }

    /** Runs after the writer's transaction committed, so the outbox row is there to read. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PostEvent event) {
        wake.release();
    }

    @Override
    public void start() {
        if (!properties.indexerEnabled() || running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("search-indexer").daemon(true).start(this::loop);
    }

    /**
     * Waits for the thread to finish what it is doing: the index must not close under a write, and
     * the JVM must not exit while ONNX Runtime is loading the sentence model in native code (which
     * crashed the JVM on exit). Vector work stops between questions; a model load takes seconds.
     */
    @Override
    public void stop() {
        running = false;
        wake.release();
        if (thread != null) {
            try {
                thread.join(STOP_WAIT.toMillis());
                if (thread.isAlive()) {
                    log.warn("Search indexer still busy after {} s; closing the index anyway", STOP_WAIT.toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Test hook standing in for a crash between a post's commit and its indexing: while paused,
     * outbox rows pile up and nothing is indexed.
     */
    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
        vectorsPaused = false;
        wake.release();
    }

    /** Test hook standing in for a crash after a question's words were indexed but before its vectors. */
    void pauseVectors() {
        vectorsPaused = true;
    }

    private void loop() {
        while (running) {
            try {
                if (!paused) {
                    if (index.takeRebuildNeeded()) {
                        IndexRebuild.Result r = rebuild.rebuild((done, total, docs) -> { });
                        log.info("Built the search index: {} questions, {} documents in {} ms",
                                r.questions(), r.documents(), r.millis());
                    }
                    takeOverAbandonedBulkLoad();
                    List<Long> replay = index.followPublished();
                    if (!replay.isEmpty()) {
                        writeLexical(replay);
                        index.commit();
                    }
                    if (drainOnce() || computeVectorsOnce()) {
                        continue;
                    }
                }
                wake.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | IOException e) {
                log.warn("Search indexing failed, retrying in a second: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    /** At most once a second: a bulk import that died before indexing is indexed from the store here. */
    private void takeOverAbandonedBulkLoad() {
        long now = System.nanoTime();
        if (now - nextBulkLoadCheck < 0) {
            return;
        }
        nextBulkLoadCheck = now + 1_000_000_000L;
        bulkLoad.takeOverAbandoned();
    }

    /** Indexes one batch of outbox rows; true when there may be more. */
    boolean drainOnce() throws IOException {
        List<IndexSourceStore.OutboxRow> rows = store.pendingChanges(BATCH);
        if (rows.isEmpty()) {
            return false;
        }
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.questionId()));
        writeLexical(ids);
        index.commit();
        store.forget(rows);
        return rows.size() == BATCH;
    }

    /**
     * Computes the passages of a few questions marked pending; true when it did any. Runs only when
     * the outbox is empty, so a burst of writes (an import) becomes searchable by its words at
     * once and its vectors follow. The marks are in the index, committed with the words, so after
     * a crash the work resumes where it stopped.
     */
    boolean computeVectorsOnce() throws IOException {
        if (!index.embeddings().enabled() || vectorsPaused) {
            return false;
        }
        List<Long> ids = index.vectorsPending(VECTOR_BATCH);
        if (ids.isEmpty()) {
            return false;
        }
        ThreadDocuments documents = new ThreadDocuments(index.embeddings());
        Map<Long, IndexedThread> threads = store.threads(ids);
        for (Long id : ids) {
            if (!running) {
                // Shutting down: the marks of the questions not done yet stay, so the next start does them.
                break;
            }
            IndexedThread t = threads.get(id);
            index.writePassages(id, t == null ? List.of() : documents.passages(t));
        }
        index.commit();
        return true;
    }

    private void writeLexical(Collection<Long> questionIds) throws IOException {
        ThreadDocuments documents = new ThreadDocuments(index.embeddings());
        Map<Long, IndexedThread> threads = store.threads(new ArrayList<>(questionIds));
        for (Long id : questionIds) {
            IndexedThread t = threads.get(id);
            index.writeLexical(id, t == null ? List.of() : documents.lexical(t));
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
