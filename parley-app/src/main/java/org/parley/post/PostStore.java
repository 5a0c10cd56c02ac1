package org.parley.post;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for questions and answers, their tags and their scores. */
@Repository
class PostStore {

    private static final String COLUMNS = """
            SELECT p.id, p.post_type, p.parent_id, p.title, p.body_markdown, p.tags, p.created_at,
                   p.last_activity_at, p.last_edited_at, p.score, p.answer_count, p.accepted_answer_id,
                   p.closed_as_duplicate_of, p.deleted, p.source_system, p.source_ref, p.source_author,
                   u.id AS author_id, u.handle AS author_handle, u.display_name AS author_name
            """;
    private static final String SELECT = COLUMNS + "FROM posts p JOIN users u ON u.id = p.author_id\n";

    private final JdbcClient jdbc;

    PostStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(PostType type, Long parentId, String title, String body, List<String> tags, long authorId,
                Instant at, Source source) {
        return jdbc.sql("""
                        INSERT INTO posts (post_type, parent_id, title, body_markdown, tags, author_id, created_at,
                                           last_activity_at, source_system, source_ref, source_author)
                        VALUES (:type, :parentId, :title, :body, :tags, :authorId, :at, :at,
                                :sourceSystem, :sourceRef, :sourceAuthor)
                        RETURNING id""")
                .param("type", type.dbValue())
                .param("parentId", parentId)
                .param("title", title)
                .param("body", body)
                .param("tags", tags == null ? null : String.join(" ", tags))
                .param("authorId", authorId)
                .param("at", at.toEpochMilli())
                .param("sourceSystem", source == null ? null : source.system())
                .param("sourceRef", source == null ? null : source.ref())
                .param("sourceAuthor", source == null ? null : source.author())
                .query(Long.class)
                .single();
    }

    Optional<Post> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(PostStore::post).optional();
    }

    Optional<Post> findBySource(String system, String ref) {
        return jdbc.sql(SELECT + " WHERE p.source_system = :system AND p.source_ref = :ref")
                .param("system", system).param("ref", ref).query(PostStore::post).optional();
    }

    /** Every live question and answer in id order, streamed (close the stream). */
    Stream<Post> streamLive() {
        return jdbc.sql(SELECT + " WHERE p.deleted = FALSE ORDER BY p.id").query(PostStore::post).stream();
    }

    List<Post> answersOf(long questionId) {
        // Only answers have a parent. Saying post_type = 'answer' as well would let SQLite answer through
        // posts_type_created (every answer, in order) instead of posts_parent when it has no statistics.
        return jdbc.sql(SELECT + " WHERE p.parent_id = :id ORDER BY p.created_at, p.id")
                .param("id", questionId).query(PostStore::post).list();
    }

    /** A person's latest live posts of one type, newest first. */
    List<Post> byAuthor(long authorId, PostType type, int limit) {
        return jdbc.sql(SELECT + " WHERE p.author_id = :authorId AND p.post_type = :type AND p.deleted = FALSE"
                        + " ORDER BY p.created_at DESC, p.id DESC LIMIT :limit")
                .param("authorId", authorId).param("type", type.dbValue()).param("limit", limit)
                .query(PostStore::post).list();
    }

    List<Post> listQuestions(QuestionQuery query) {
        // The page's rows are picked from posts alone, then joined to their authors. Joined first, SQLite made
        // users the outer loop and sorted every question to keep twenty: 115 ms a home page at 100,000 posts
        // (issue 7's load benchmark), against well under a millisecond walking posts_type_created.
        String order = " ORDER BY " + query.sort().orderBy();
        return jdbc.sql(COLUMNS + "FROM (SELECT * FROM posts p" + questionFilter(query) + order
                        + " LIMIT :limit OFFSET :offset) p JOIN users u ON u.id = p.author_id" + order)
                .param("tag", query.tag())
                .param("limit", query.pageSize())
                .param("offset", (long) (query.page() - 1) * query.pageSize())
                .query(PostStore::post).list();
    }

    long countQuestions(QuestionQuery query) {
        return jdbc.sql("SELECT COUNT(*) FROM posts p" + questionFilter(query))
                .param("tag", query.tag()).query(Long.class).single();
    }

    private static String questionFilter(QuestionQuery query) {
        StringBuilder where = new StringBuilder(" WHERE p.post_type = 'question' AND p.deleted = FALSE");
        if (query.tag() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM post_tags pt WHERE pt.post_id = p.id AND pt.tag = :tag)");
        }
        if (query.unansweredOnly()) {
            where.append(" AND p.answer_count = 0 AND p.closed_as_duplicate_of IS NULL");
        }
        return where.toString();
    }

    void updateContent(long id, String title, String body, List<String> tags, Instant at) {
        jdbc.sql("""
                        UPDATE posts SET title = :title, body_markdown = :body, tags = :tags,
                                         last_edited_at = :at, last_activity_at = :at
                        WHERE id = :id""")
                .param("title", title).param("body", body)
                .param("tags", tags == null ? null : String.join(" ", tags))
                .param("at", at.toEpochMilli()).param("id", id).update();
    }

    void touch(long questionId, Instant at) {
        jdbc.sql("UPDATE posts SET last_activity_at = :at WHERE id = :id AND last_activity_at < :at")
                .param("at", at.toEpochMilli()).param("id", questionId).update();
    }

    void setDeleted(long id, boolean deleted) {
        jdbc.sql("UPDATE posts SET deleted = :deleted WHERE id = :id").param("deleted", deleted).param("id", id).update();
    }

    void setClosedAsDuplicateOf(long questionId, Long originalId) {
        jdbc.sql("UPDATE posts SET closed_as_duplicate_of = :originalId WHERE id = :id")
                .param("originalId", originalId).param("id", questionId).update();
    }

    void setAcceptedAnswer(long questionId, Long answerId) {
        jdbc.sql("UPDATE posts SET accepted_answer_id = :answerId WHERE id = :id")
                .param("answerId", answerId).param("id", questionId).update();
    }

    /**
     * Recounts the live answers and when the first of them came, after any answer is added or removed. Only answers
     * have a parent: naming the post type too would let SQLite read every answer through posts_answer_times.
     */
    void refreshAnswerCount(long questionId) {
        jdbc.sql("""
                        UPDATE posts SET
                            answer_count = (SELECT COUNT(*) FROM posts a WHERE a.parent_id = :id
                                              AND a.deleted = FALSE),
                            first_answer_at = (SELECT MIN(a.created_at) FROM posts a WHERE a.parent_id = :id
                                                 AND a.deleted = FALSE)
                        WHERE id = :id""")
                .param("id", questionId).update();
    }

    /**
     * Takes the write lock on the post's row (PostgreSQL) or the database (SQLite) before its votes
     * are read, so concurrent voters queue and each recount sees every vote committed before it.
     */
    boolean lockForVoting(long id) {
        return jdbc.sql("UPDATE posts SET score = score WHERE id = :id").param("id", id).update() == 1;
    }

    /** The score is the votes people cast here plus the net of imported votes that came without a voter. */
    int recountScore(long id) {
        jdbc.sql("""
                        UPDATE posts SET score = unattributed_score + (SELECT COALESCE(SUM(value), 0) FROM votes WHERE post_id = :id)
                        WHERE id = :id""")
                .param("id", id).update();
        return jdbc.sql("SELECT score FROM posts WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    void replaceTags(long questionId, List<String> tags) {
        jdbc.sql("DELETE FROM post_tags WHERE post_id = :id").param("id", questionId).update();
        for (String tag : tags) {
            jdbc.sql("INSERT INTO tags (name, question_count) VALUES (:tag, 0) ON CONFLICT (name) DO NOTHING")
                    .param("tag", tag).update();
            jdbc.sql("INSERT INTO post_tags (post_id, tag) VALUES (:id, :tag)")
                    .param("id", questionId).param("tag", tag).update();
        }
    }

    /**
     * A new live question adds exactly one to each of its tags: counting up spares {@link #refreshTagCounts}'s
     * recount, which reads every question of a tag and made asking (and importing) slower with each question.
     */
    void countNewQuestion(Collection<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE tags SET question_count = question_count + 1 WHERE name IN (:tags)")
                .param("tags", List.copyOf(tags)).update();
    }

    void refreshTagCounts(Collection<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE tags SET question_count = (SELECT COUNT(*) FROM post_tags pt
                                                          JOIN posts p ON p.id = pt.post_id
                                                          WHERE pt.tag = tags.name AND p.deleted = FALSE)
                        WHERE name IN (:tags)""")
                .param("tags", List.copyOf(tags)).update();
    }

    List<TagCount> tags(TagSort sort, int limit) {
        return jdbc.sql("SELECT name, question_count FROM tags WHERE question_count > 0 ORDER BY "
                        + sort.orderBy() + " LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new TagCount(rs.getString("name"), rs.getInt("question_count"))).list();
    }

    static Post post(ResultSet rs, int row) throws SQLException {
        String tags = rs.getString("tags");
        String sourceSystem = rs.getString("source_system");
        return new Post(rs.getLong("id"), PostType.of(rs.getString("post_type")), nullableLong(rs, "parent_id"),
                rs.getString("title"), rs.getString("body_markdown"),
                tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(" ")),
                new Author(rs.getLong("author_id"), rs.getString("author_handle"), rs.getString("author_name")),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("last_activity_at")),
                nullableInstant(rs, "last_edited_at"), rs.getInt("score"), rs.getInt("answer_count"),
                nullableLong(rs, "accepted_answer_id"), nullableLong(rs, "closed_as_duplicate_of"),
                rs.getBoolean("deleted"),
                sourceSystem == null ? null
                        : new Source(sourceSystem, rs.getString("source_ref"), rs.getString("source_author")));
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
