package org.parley.notify;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for queued mail: written with the notification, deleted never, marked sent once the server took it. */
@Repository
class MailOutbox {

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record QueuedMail(long id, String recipient, String subject, String body, String unsubscribeUrl, int attempts) {
    }

    void enqueue(long userId, String recipient, String subject, String body, String unsubscribeUrl, Instant at) {
        jdbc.sql("""
                        INSERT INTO mail_outbox (user_id, recipient, subject, body, unsubscribe_url, created_at, next_attempt_at)
                        VALUES (:userId, :recipient, :subject, :body, :unsubscribe, :at, :at)""")
                .param("userId", userId).param("recipient", recipient).param("subject", subject).param("body", body)
                .param("unsubscribe", unsubscribeUrl).param("at", at.toEpochMilli()).update();
    }

    List<QueuedMail> due(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id, recipient, subject, body, unsubscribe_url, attempts FROM mail_outbox
                        WHERE sent_at IS NULL AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit""")
                .param("now", now.toEpochMilli()).param("limit", limit)
                .query((rs, n) -> new QueuedMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("unsubscribe_url"), rs.getInt("attempts")))
                .list();
    }

    void sent(long id, Instant at) {
        jdbc.sql("UPDATE mail_outbox SET sent_at = :at, attempts = attempts + 1, last_error = NULL WHERE id = :id")
                .param("at", at.toEpochMilli()).param("id", id).update();
    }

    void failed(long id, String error, Instant nextAttempt) {
        jdbc.sql("""
                        UPDATE mail_outbox SET attempts = attempts + 1, last_error = :error, next_attempt_at = :next
                        WHERE id = :id""")
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("next", nextAttempt.toEpochMilli()).param("id", id).update();
    }

    long pending() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL").query(Long.class).single();
    }
}
