package org.parley.post;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for post revisions. */
@Repository
class RevisionStore {

    private final JdbcClient jdbc;

    RevisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int append(long postId, String title, String body, List<String> tags, long editorId, String reason, Instant at) {
        int next = jdbc.sql("SELECT COALESCE(MAX(revision), 0) + 1 FROM post_revisions WHERE post_id = :id")
                .param("id", postId).query(Integer.class).single();
        jdbc.sql("""
                        INSERT INTO post_revisions (post_id, revision, title, body_markdown, tags, editor_id, reason, created_at)
                        VALUES (:postId, :revision, :title, :body, :tags, :editorId, :reason, :at)""")
                .param("postId", postId).param("revision", next).param("title", title).param("body", body)
                .param("tags", tags == null ? null : String.join(" ", tags)).param("editorId", editorId)
                .param("reason", reason).param("at", at.toEpochMilli())
                .update();
        return next;
    }

    List<Revision> list(long postId) {
        return jdbc.sql("""
                        SELECT r.post_id, r.revision, r.title, r.body_markdown, r.tags, r.reason, r.created_at,
                               u.id AS editor_id, u.handle, u.display_name
                        FROM post_revisions r JOIN users u ON u.id = r.editor_id
                        WHERE r.post_id = :id ORDER BY r.revision""")
                .param("id", postId)
                .query((rs, n) -> {
                    String tags = rs.getString("tags");
                    return new Revision(rs.getLong("post_id"), rs.getInt("revision"), rs.getString("title"),
                            rs.getString("body_markdown"),
                            tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(" ")),
                            new Author(rs.getLong("editor_id"), rs.getString("handle"), rs.getString("display_name")),
                            rs.getString("reason"), Instant.ofEpochMilli(rs.getLong("created_at")));
                })
                .list();
    }

    /** Removes redacted text from every earlier revision too, so it is gone, not just hidden. */
    void redactHistory(long postId, String text, String replacement) {
        jdbc.sql("UPDATE post_revisions SET body_markdown = REPLACE(body_markdown, :text, :replacement) WHERE post_id = :id")
                .param("text", text).param("replacement", replacement).param("id", postId).update();
    }
}
