package org.parley.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for notifications, watched tags, e-mail preferences and the mail outbox. */
@Repository
class NotifyStore {

    private final JdbcClient jdbc;

    NotifyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user who can be told something: a real account, not an imported placeholder. */
    record Recipient(long id, String handle, String displayName, String email, EmailFrequency frequency) {
    }

    /** The post an event is about: who wrote it, its question and that question's title and author. */
    record PostFacts(long postId, long authorId, long questionId, long questionAuthorId, String questionTitle,
                     String body, String tags) {
    }

    Optional<PostFacts> post(long postId) {
        return jdbc.sql("""
                        SELECT p.id, p.author_id, q.id AS question_id, q.author_id AS question_author_id, q.title,
                               p.body_markdown, q.tags
                        FROM posts p JOIN posts q ON q.id = COALESCE(p.parent_id, p.id)
                        WHERE p.id = :id""")
                .param("id", postId)
                .query((rs, n) -> new PostFacts(rs.getLong("id"), rs.getLong("author_id"), rs.getLong("question_id"),
                        rs.getLong("question_author_id"), rs.getString("title"), rs.getString("body_markdown"),
                        rs.getString("tags")))
                .optional();
    }

    Optional<String> commentBody(long commentId) {
        return jdbc.sql("SELECT body FROM comments WHERE id = :id").param("id", commentId).query(String.class).optional();
    }

    Optional<Recipient> recipient(long userId) {
        return jdbc.sql("""
                        SELECT id, handle, display_name, email, email_frequency FROM users
                        WHERE id = :id AND placeholder = FALSE""")
                .param("id", userId).query(NotifyStore::recipient).optional();
    }

    Optional<Recipient> recipientByHandle(String handle) {
        return jdbc.sql("""
                        SELECT id, handle, display_name, email, email_frequency FROM users
                        WHERE handle = :handle AND placeholder = FALSE""")
                .param("handle", handle).query(NotifyStore::recipient).optional();
    }

    List<Long> watchersOf(List<String> tags) {
        if (tags.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT user_id FROM tag_watches WHERE tag IN (:tags)")
                .param("tags", tags).query(Long.class).list();
    }

    long insert(long userId, NotificationKind kind, long questionId, Long postId, Long actorId, Instant at) {
        return jdbc.sql("""
                        INSERT INTO notifications (user_id, kind, question_id, post_id, actor_id, created_at)
                        VALUES (:userId, :kind, :questionId, :postId, :actorId, :at) RETURNING id""")
                .param("userId", userId).param("kind", kind.dbValue()).param("questionId", questionId)
                .param("postId", postId).param("actorId", actorId).param("at", at.toEpochMilli())
                .query(Long.class).single();
    }

    private static final String INBOX = """
            SELECT n.id, n.kind, n.question_id, n.post_id, n.created_at, n.read_at, q.title,
                   a.display_name AS actor_name
            FROM notifications n JOIN posts q ON q.id = n.question_id
            LEFT JOIN users a ON a.id = n.actor_id
            """;

    List<Notification> inbox(long userId, int limit) {
        return jdbc.sql(INBOX + " WHERE n.user_id = :userId ORDER BY n.created_at DESC, n.id DESC LIMIT :limit")
                .param("userId", userId).param("limit", limit)
                .query(NotifyStore::notification).list();
    }

    private static Notification notification(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        long post = rs.getLong("post_id");
        Long postId = rs.wasNull() ? null : post;
        long read = rs.getLong("read_at");
        Instant readAt = rs.wasNull() ? null : Instant.ofEpochMilli(read);
        return new Notification(rs.getLong("id"), NotificationKind.of(rs.getString("kind")),
                rs.getLong("question_id"), postId, rs.getString("title"), rs.getString("actor_name"),
                Instant.ofEpochMilli(rs.getLong("created_at")), readAt);
    }

    long unread(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications WHERE user_id = :userId AND read_at IS NULL")
                .param("userId", userId).query(Long.class).single();
    }

    void markAllRead(long userId, Instant at) {
        jdbc.sql("UPDATE notifications SET read_at = :at WHERE user_id = :userId AND read_at IS NULL")
                .param("at", at.toEpochMilli()).param("userId", userId).update();
    }

    /** Notifications not yet in a digest, oldest first. */
    List<Notification> undigested(long userId, Instant before) {
        return jdbc.sql(INBOX + " WHERE n.user_id = :userId AND n.digested_at IS NULL AND n.created_at < :before"
                        + " ORDER BY n.created_at, n.id")
                .param("userId", userId).param("before", before.toEpochMilli())
                .query(NotifyStore::notification).list();
    }

    void markDigested(List<Long> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE notifications SET digested_at = :at WHERE id IN (:ids)")
                    .param("at", at.toEpochMilli()).param("ids", ids).update();
        }
    }

    List<Recipient> dailyDigestReaders() {
        return jdbc.sql("""
                        SELECT id, handle, display_name, email, email_frequency FROM users
                        WHERE email_frequency = 'daily' AND email IS NOT NULL AND placeholder = FALSE""")
                .query(NotifyStore::recipient).list();
    }

    void setFrequency(long userId, EmailFrequency frequency) {
        jdbc.sql("UPDATE users SET email_frequency = :f WHERE id = :id")
                .param("f", frequency.dbValue()).param("id", userId).update();
    }

    List<String> watchedTags(long userId) {
        return jdbc.sql("SELECT tag FROM tag_watches WHERE user_id = :id ORDER BY tag").param("id", userId)
                .query(String.class).list();
    }

    void replaceWatchedTags(long userId, List<String> tags) {
        jdbc.sql("DELETE FROM tag_watches WHERE user_id = :id").param("id", userId).update();
        for (String tag : tags) {
            jdbc.sql("INSERT INTO tag_watches (user_id, tag) VALUES (:id, :tag)").param("id", userId).param("tag", tag).update();
        }
    }

    private static Recipient recipient(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Recipient(rs.getLong("id"), rs.getString("handle"), rs.getString("display_name"),
                rs.getString("email"), EmailFrequency.parse(rs.getString("email_frequency")));
    }
}
