package org.parley.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads questions, answers, comments, tags and authors for indexing, in batches so that a full
 * rebuild costs three queries per few hundred questions rather than three per question.
 */
@Repository
class IndexSourceStore {

    private final JdbcClient jdbc;

    IndexSourceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The question (conversation) each source ref ended up in: a question's own id, an answer's
     * question, a comment's post's question. Refs that were not imported are left out.
     */
    Map<String, Long> conversationsOf(java.util.Collection<String> refs) {
        Map<String, Long> byRef = new HashMap<>();
        if (refs.isEmpty()) {
            return byRef;
        }
        List<String> wanted = List.copyOf(new java.util.HashSet<>(refs));
        jdbc.sql("""
                        SELECT source_ref, COALESCE(parent_id, id) AS question_id FROM posts WHERE source_ref IN (:refs)
                        UNION ALL
                        SELECT c.source_ref, COALESCE(p.parent_id, p.id) FROM comments c JOIN posts p ON p.id = c.post_id
                        WHERE c.source_ref IN (:refs)""")
                .param("refs", wanted)
                .query((rs, n) -> byRef.put(rs.getString(1), rs.getLong(2)))
                .list();
        return byRef;
    }

    /** Live questions with ids above {@code afterId}, in id order: the cursor of a full rebuild. */
    List<Long> questionIdsAfter(long afterId, int limit) {
        return jdbc.sql("""
                        SELECT id FROM posts
                        WHERE post_type = 'question' AND deleted = FALSE AND id > :after
                        ORDER BY id LIMIT :limit""")
                .param("after", afterId).param("limit", limit)
                .query(Long.class).list();
    }

    long countQuestions() {
        return jdbc.sql("SELECT COUNT(*) FROM posts WHERE post_type = 'question' AND deleted = FALSE")
                .query(Long.class).single();
    }

    /** Questions touched at or after a time: what a rebuild may have read before it changed. */
    List<Long> questionsActiveSince(long sinceMillis) {
        return jdbc.sql("""
                        SELECT id FROM posts WHERE post_type = 'question' AND last_activity_at >= :since
                        UNION
                        SELECT parent_id FROM posts WHERE post_type = 'answer' AND created_at >= :since""")
                .param("since", sinceMillis).query(Long.class).list();
    }

    /**
     * The live threads among {@code questionIds}; ids of deleted or unknown questions are simply
     * missing from the result, which tells the caller to drop them from the index.
     */
    Map<Long, IndexedThread> threads(List<Long> questionIds) {
        Map<Long, IndexedThread> threads = new LinkedHashMap<>();
        if (questionIds.isEmpty()) {
            return threads;
        }
        List<Row> questions = jdbc.sql(POSTS + " WHERE p.post_type = 'question' AND p.deleted = FALSE AND p.id IN (:ids)")
                .param("ids", questionIds).query(IndexSourceStore::row).list();
        if (questions.isEmpty()) {
            return threads;
        }
        List<Long> live = questions.stream().map(Row::id).toList();
        List<Row> answers = jdbc.sql(POSTS + " WHERE p.post_type = 'answer' AND p.deleted = FALSE AND p.parent_id IN (:ids)"
                        + " ORDER BY p.created_at, p.id")
                .param("ids", live).query(IndexSourceStore::row).list();
        List<Long> postIds = new ArrayList<>(live);
        answers.forEach(a -> postIds.add(a.id()));
        Map<Long, List<String>> comments = comments(postIds);
        Map<Long, List<IndexedThread.IndexedPost>> answersByQuestion = new HashMap<>();
        for (Row a : answers) {
            answersByQuestion.computeIfAbsent(a.parentId(), k -> new ArrayList<>()).add(a.post(comments));
        }
        for (Row q : questions) {
            threads.put(q.id(), new IndexedThread(q.id(), q.title(), q.tags(), q.createdAt(), q.activityAt(), q.score(),
                    q.acceptedAnswerId(), q.sourceSystem(), q.sourceRef(), q.sourceAuthor(), q.post(comments),
                    answersByQuestion.getOrDefault(q.id(), List.of())));
        }
        return threads;
    }

    private Map<Long, List<String>> comments(List<Long> postIds) {
        Map<Long, List<String>> byPost = new HashMap<>();
        jdbc.sql("SELECT post_id, body FROM comments WHERE deleted = FALSE AND post_id IN (:ids) ORDER BY created_at, id")
                .param("ids", postIds)
                .query(rs -> {
                    byPost.computeIfAbsent(rs.getLong("post_id"), k -> new ArrayList<>()).add(rs.getString("body"));
                });
        return byPost;
    }

    /** Up to {@code limit} pending outbox rows, oldest first. */
    List<OutboxRow> pendingChanges(int limit) {
        return jdbc.sql("SELECT id, question_id FROM search_outbox ORDER BY id LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new OutboxRow(rs.getLong("id"), rs.getLong("question_id"))).list();
    }

    /**
     * Forgets outbox rows once the index holds their change. By id, never by range: with concurrent
     * writers a lower id can commit after a higher one has been read.
     */
    void forget(List<OutboxRow> rows) {
        if (!rows.isEmpty()) {
            jdbc.sql("DELETE FROM search_outbox WHERE id IN (:ids)")
                    .param("ids", rows.stream().map(OutboxRow::id).toList()).update();
        }
    }

    record OutboxRow(long id, long questionId) {
    }

    private static final String POSTS = """
            SELECT p.id, p.parent_id, p.title, p.body_markdown, p.tags, p.created_at, p.last_activity_at, p.score,
                   p.accepted_answer_id, p.source_system, p.source_ref, p.source_author, u.handle, u.role
            FROM posts p JOIN users u ON u.id = p.author_id""";

    private record Row(long id, Long parentId, String title, String body, List<String> tags, long createdAt,
                       long activityAt, int score, Long acceptedAnswerId, String sourceSystem, String sourceRef,
                       String sourceAuthor, String handle, String role) {

        IndexedThread.IndexedPost post(Map<Long, List<String>> comments) {
            boolean expert = !"member".equals(role);
            return new IndexedThread.IndexedPost(id, parentId == null, body, handle, expert, score,
                    comments.getOrDefault(id, List.of()));
        }
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String tags = rs.getString("tags");
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        long accepted = rs.getLong("accepted_answer_id");
        Long acceptedId = rs.wasNull() ? null : accepted;
        return new Row(rs.getLong("id"), parentId, rs.getString("title"), rs.getString("body_markdown"),
                tags == null || tags.isBlank() ? List.of() : List.of(tags.strip().split("\\s+")),
                rs.getLong("created_at"), rs.getLong("last_activity_at"), rs.getInt("score"), acceptedId,
                rs.getString("source_system"), rs.getString("source_ref"), rs.getString("source_author"),
                rs.getString("handle"), rs.getString("role"));
    }
}
