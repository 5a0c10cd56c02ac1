package org.parley.search;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexing for a bulk import into an empty store: instead of one outbox row per question and batch (which the
 * indexer then handles as they come, analysing a question again for its answers, its comments and its votes), the
 * import writes no outbox rows and the index is built once from the store at its end, on two threads, words first
 * (a server computes the sentence vectors afterwards, as for any new post).
 *
 * <p>Nothing acknowledged may be lost on the way, so the load is recorded in the store ({@code search_bulk_loads})
 * before its first post, and the importer marks it alive while it runs. The row goes only after the new index
 * generation is published. If the importer dies first, the row stops moving, and a server's indexer that sees it
 * quiet for {@code parley.search.bulk-load-timeout} rebuilds the index from the store itself
 * ({@link #takeOverAbandoned()}). Live posts written meanwhile go through the outbox as always: only the importing
 * process skips it.
 */
@Component
public class BulkLoad implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);

    private final BulkLoadStore store;
    private final IndexRebuild rebuild;
    private final SearchProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private volatile Session open;

    BulkLoad(BulkLoadStore store, IndexRebuild rebuild, SearchProperties properties, Clock clock,
             PlatformTransactionManager transactions) {
        this.store = store;
        this.rebuild = rebuild;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Starts a bulk load when the store holds no posts and no other bulk load is recorded; otherwise empty, and the
     * import goes through the outbox like any write (indexing only what it changes is then the cheaper way).
     */
    public synchronized Optional<Session> begin() {
        if (open != null) {
            throw new IllegalStateException("A bulk load is already open in this process");
        }
        Long startedAt = transaction.execute(status -> {
            if (!store.noPosts() || store.oldest().isPresent()) {
                return null;
            }
            long at = clock.millis();
            store.insert(at);
            return at;
        });
        if (startedAt == null) {
            return Optional.empty();
        }
        open = new Session(startedAt);
        return Optional.of(open);
    }

    /** True while this process imports in bulk: its post events need no outbox rows. */
    boolean skipsOutbox() {
        return open != null;
    }

    /**
     * Rebuilds the index (words now, vectors pending) when a recorded bulk load has shown no life for longer than
     * the timeout, then forgets it; true when it did. The new generation is published only if the load is still
     * recorded exactly as it was seen, so an importer that was slow rather than dead and published its own build
     * meanwhile is never replaced by an older view of the store.
     */
    boolean takeOverAbandoned() {
        Optional<BulkLoadStore.Mark> mark = store.oldest();
        if (mark.isEmpty() || clock.millis() - mark.get().heartbeatAt() <= properties.bulkLoadTimeout().toMillis()) {
            return false;
        }
        BulkLoadStore.Mark seen = mark.get();
        log.warn("A bulk import started at {} stopped before indexing; rebuilding the search index from the store",
                java.time.Instant.ofEpochMilli(seen.startedAt()));
        Optional<IndexRebuild.Result> built = rebuild.rebuildWords((done, total, docs) -> { },
                () -> store.oldest().filter(seen::equals).isPresent());
        built.ifPresent(r -> {
            store.delete(seen);
            log.info("Rebuilt the search index after the bulk import: {} questions in {} ms", r.questions(), r.millis());
        });
        return built.isPresent();
    }

    @Override
    public void destroy() {
        Session s = open;
        if (s != null) {
            s.stopHeartbeat();
        }
    }

    /** One bulk load in this process: marked alive until {@link #finish} has published its index. */
    public final class Session {

        private final long startedAt;
        private final ScheduledExecutorService heartbeat;

        private Session(long startedAt) {
            this.startedAt = startedAt;
            this.heartbeat = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("bulk-load-heartbeat").daemon(true).factory());
            long every = Math.max(25, properties.bulkLoadTimeout().toMillis() / 4);
            heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        }

        private void beat() {
            try {
                store.heartbeat(startedAt, clock.millis());
            } catch (RuntimeException busy) {
                // The import holds the write lock for a moment: the next beat comes well within the timeout.
                log.debug("Bulk load heartbeat skipped: {}", busy.toString());
            }
        }

        /**
         * Builds the index from the store, publishes it and forgets the load. On failure the load stays recorded
         * and a server rebuilds once it goes quiet.
         */
        public IndexRebuild.Result finish(IndexRebuild.Progress progress) {
            try {
                IndexRebuild.Result result = rebuild.rebuildWords(progress, () -> true).orElseThrow();
                store.delete(startedAt);
                return result;
            } finally {
                stopHeartbeat();
                open = null;
            }
        }

        private void stopHeartbeat() {
            heartbeat.shutdownNow();
        }
    }
}
