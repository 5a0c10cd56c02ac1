package org.parley.search;

import java.io.IOException;
import java.util.ArrayList;
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
 * questions from the store, writes their documents, commits the index, and only then deletes the
 * outbox rows. A crash at any point leaves the rows in place, so the next start indexes them again
 * (writing a question twice is harmless). A commit wakes the thread at once; otherwise it polls.
 */
@Component
class SearchIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 500;

    private final SearchIndex index;
    private final IndexSourceStore store;
    private final IndexRebuild rebuild;
    private final SearchProperties properties;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean paused;
    private Thread thread;

    SearchIndexer(SearchIndex index, IndexSourceStore store, IndexRebuild rebuild, SearchProperties properties) {
        this.index = index;
        this.store = store;
        this.rebuild = rebuild;
        this.properties = properties;
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

    @Override
    public void stop() {
        running = false;
        wake.release();
        if (thread != null) {
            try {
                thread.join(10_000);
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
        wake.release();
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
                    List<Long> replay = index.followPublished();
                    if (!replay.isEmpty()) {
                        write(replay);
                        index.commit();
                    }
                    if (drainOnce()) {
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

    /** Indexes one batch of outbox rows; true when there may be more. */
    boolean drainOnce() throws IOException {
        List<IndexSourceStore.OutboxRow> rows = store.pendingChanges(BATCH);
        if (rows.isEmpty()) {
            return false;
        }
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.questionId()));
        write(new ArrayList<>(ids));
        index.commit();
        store.forget(rows);
        return rows.size() == BATCH;
    }

    private void write(List<Long> questionIds) throws IOException {
        ThreadDocuments documents = new ThreadDocuments(index.embeddings());
        Map<Long, IndexedThread> threads = store.threads(questionIds);
        for (Long id : questionIds) {
            IndexedThread t = threads.get(id);
            index.write(id, t == null ? List.of() : documents.of(t));
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
