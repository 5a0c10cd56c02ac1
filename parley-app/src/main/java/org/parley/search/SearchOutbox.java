package org.parley.search;

import java.time.Clock;

import org.parley.post.PostEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records every change to a question (or anything under it) in {@code search_outbox}. The listener
 * runs synchronously inside the writer's transaction, so the change and its outbox row commit or
 * roll back together; the indexer drains the outbox, and after a crash it simply resumes. A bulk import into an
 * empty store writes no rows here: it is indexed whole at its end ({@link BulkLoad}).
 */
@Component
class SearchOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BulkLoad bulkLoad;

    SearchOutbox(JdbcClient jdbc, Clock clock, BulkLoad bulkLoad) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.bulkLoad = bulkLoad;
    }

    @EventListener
    void on(PostEvent event) {
        if (bulkLoad.skipsOutbox()) {
            // This process is importing into an empty store and indexes all of it at the end (see BulkLoad).
            return;
        }
        jdbc.sql("INSERT INTO search_outbox (question_id, created_at) VALUES (:questionId, :at)")
                .param("questionId", event.questionId())
                .param("at", clock.millis())
                .update();
    }
}
