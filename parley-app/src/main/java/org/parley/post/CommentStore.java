package org.parley.post;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for comments. */
@Repository
class CommentStore {

    private static final String SELECT = """
            SELECT c.id, c.post_id, c.body, c.created_at, c.deleted, c.source_system, c.source_ref, c.source_author,
                   u.id AS author_id, u.handle AS author_handle, u.display_name AS author_name
            FROM comments c JOIN users u ON u.id = c.author_id
            """;

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long postId, long authorId, String body, Instant at, Source source) {
        return jdbc.sql("""
                        INSERT INTO comments (post_id, author_id, body, created_at, source_system, source_ref, source_author)
                        VALUES (:postId, :authorId, :body, :at, :sourceSystem, :sourceRef, :sourceAuthor)
                        RETURNING id""")
                .param("postId", postId).param("authorId", authorId).param("body", body)
                .param("at", at.toEpochMilli())
                .param("sourceSystem", source == null ? null : source.system())
                .param("sourceRef", source == null ? null : source.ref())
                .param("sourceAuthor", source == null ? null : source.author())
                .query(Long.class).single();
    }

    Optional<Comment> find(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(CommentStore::comment).optional();
    }

    Optional<Comment> findBySource(String system, String ref) {
        return jdbc.sql(SELECT + " WHERE c.source_system = :system AND c.source_ref = :ref")
                .param("system", system).param("ref", ref).query(CommentStore::comment).optional();
    }

    /** Every live comment on a live post in id order, streamed (close the stream). */
    Stream<Comment> streamLive() {
        return jdbc.sql(SELECT + " JOIN posts p ON p.id = c.post_id WHERE c.deleted = FALSE AND p.deleted = FALSE ORDER BY c.id")
                .query(CommentStore::comment).stream();
    }

    List<Comment> forPosts(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE c.post_id IN (:ids) AND c.deleted = FALSE ORDER BY c.created_at, c.id")
                .param("ids", List.copyOf(postIds)).query(CommentStore::comment).list();
    }

    void setDeleted(long id, boolean deleted) {
        jdbc.sql("UPDATE comments SET deleted = :deleted WHERE id = :id")
                .param("deleted", deleted).param("id", id).update();
    }

    private static Comment comment(ResultSet rs, int row) throws SQLException {
        String system = rs.getString("source_system");
        return new Comment(rs.getLong("id"), rs.getLong("post_id"),
                new Author(rs.getLong("author_id"), rs.getString("author_handle"), rs.getString("author_name")),
                rs.getString("body"), Instant.ofEpochMilli(rs.getLong("created_at")), rs.getBoolean("deleted"),
                system == null ? null : new Source(system, rs.getString("source_ref"), rs.getString("source_author")));
    }
}
