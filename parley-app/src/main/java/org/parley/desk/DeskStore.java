package org.parley.desk;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the unanswered queue and the claims on it. */
@Repository
class DeskStore {

    private final JdbcClient jdbc;

    DeskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open questions: no answer, not closed, not deleted. */
    private static final String OPEN = """
            FROM posts q JOIN users u ON u.id = q.author_id
            LEFT JOIN claims c ON c.question_id = q.id AND c.expires_at > :now
            LEFT JOIN users cu ON cu.id = c.user_id
            WHERE q.post_type = 'question' AND q.deleted = FALSE AND q.answer_count = 0
              AND q.closed_as_duplicate_of IS NULL
              AND (CAST(:tag AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM post_tags pt WHERE pt.post_id = q.id AND pt.tag = :tag))
              AND (:showClaimed = TRUE OR c.user_id IS NULL OR c.user_id = :viewer)
            """;

    List<QueueItem> queue(String tag, QueueOrder order, boolean showClaimed, long viewerId, Instant now, int offset,
                          int limit) {
        return jdbc.sql("""
                        SELECT q.id, q.title, q.tags, q.score, q.created_at, q.source_author, u.display_name,
                               (SELECT COUNT(*) FROM comments cm WHERE cm.post_id = q.id AND cm.deleted = FALSE) AS comment_count,
                               cu.display_name AS claimed_by, c.expires_at
                        """ + OPEN + " ORDER BY " + order.orderBy() + " LIMIT :limit OFFSET :offset")
                .param("tag", tag).param("showClaimed", showClaimed).param("viewer", viewerId)
                .param("now", now.toEpochMilli()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    String tags = rs.getString("tags");
                    String source = rs.getString("source_author");
                    long expires = rs.getLong("expires_at");
                    boolean claimed = !rs.wasNull();
                    return new QueueItem(rs.getLong("id"), rs.getString("title"),
                            tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(" ")),
                            rs.getInt("score"), rs.getInt("comment_count"),
                            source != null && !source.isBlank() ? source : rs.getString("display_name"),
                            Instant.ofEpochMilli(rs.getLong("created_at")),
                            claimed ? rs.getString("claimed_by") : null, claimed ? Instant.ofEpochMilli(expires) : null);
                })
                .list();
    }

    long count(String tag, boolean showClaimed, long viewerId, Instant now) {
        return jdbc.sql("SELECT COUNT(*) " + OPEN)
                .param("tag", tag).param("showClaimed", showClaimed).param("viewer", viewerId)
                .param("now", now.toEpochMilli()).query(Long.class).single();
    }

    /** Who holds a live claim on the question, if anyone. */
    Optional<Long> claimant(long questionId, Instant now) {
        return jdbc.sql("SELECT user_id FROM claims WHERE question_id = :id AND expires_at > :now")
                .param("id", questionId).param("now", now.toEpochMilli()).query(Long.class).optional();
    }

    void claim(long questionId, long userId, Instant now, Instant expires) {
        jdbc.sql("""
                        INSERT INTO claims (question_id, user_id, claimed_at, expires_at) VALUES (:id, :userId, :now, :expires)
                        ON CONFLICT (question_id) DO UPDATE SET user_id = excluded.user_id,
                            claimed_at = excluded.claimed_at, expires_at = excluded.expires_at""")
                .param("id", questionId).param("userId", userId).param("now", now.toEpochMilli())
                .param("expires", expires.toEpochMilli()).update();
    }

    void release(long questionId) {
        jdbc.sql("DELETE FROM claims WHERE question_id = :id").param("id", questionId).update();
    }
}
