package org.parley.search;

import java.time.Clock;

import org.parley.post.PostEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records every change to a question (or anything under it) in {@code search_outbox}. The listener
 * runs synchronously inside the writer's transaction, so the change and its outbox row commit or
 * roll back together; the indexer drains the outbox, and after a crash it simply resumes.
 */
@Component
class SearchOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    SearchOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(PostEvent event) {
        jdbc.sql("INSERT INTO search_outbox (question_id, created_at) VALUES (:questionId, :at)")
                .param("questionId", event.questionId())
                .param("at", clock.millis())
                .update();
    }
}
