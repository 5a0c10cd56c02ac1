package org.parley.post;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * SQL for bulk imports: a batch of rows goes in as a few multi-row statements, and what a batch needs to know about
 * earlier rows is read in one query per batch, by source ref. Runs on the caller's transaction.
 *
 * <p>Rows are bound by position on the transaction's own connection: this is the hot path of a million-post import,
 * where parsing named parameters for every row would cost as much as the insert.
 */
@Repository
class ImportStore {

    /** Rows per multi-row statement: 100 posts are 1,100 parameters, well inside both vendors' limits. */
    private static final int ROWS_PER_STATEMENT = 100;
    /** Refs per lookup ({@code IN (?, ...)}). */
    private static final int REFS_PER_LOOKUP = 500;

    private final JdbcTemplate jdbc;

    ImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Posts already imported from {@code system} among {@code refs}, by ref. */
    Map<String, PostImport.StoredPost> posts(String system, Collection<String> refs) {
        Map<String, PostImport.StoredPost> found = new HashMap<>();
        inChunks(refs, REFS_PER_LOOKUP, chunk -> run(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, parent_id, author_id, deleted, closed_as_duplicate_of, accepted_answer_id, source_ref
                    FROM posts WHERE source_system = ? AND source_ref IN (""" + marks(chunk.size()) + ")")) {
                ps.setString(1, system);
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 2, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        long parent = rs.getLong("parent_id");
                        boolean question = rs.wasNull();
                        long accepted = rs.getLong("accepted_answer_id");
                        Long acceptedId = rs.wasNull() ? null : accepted;
                        rs.getLong("closed_as_duplicate_of");
                        boolean closed = !rs.wasNull();
                        found.put(rs.getString("source_ref"), new PostImport.StoredPost(id, question,
                                question ? id : parent, rs.getLong("author_id"), rs.getBoolean("deleted"), closed,
                                acceptedId));
                    }
                }
            }
            return null;
        }));
        return found;
    }

    /** Comment refs already imported from {@code system} among {@code refs}. */
    Set<String> commentRefs(String system, Collection<String> refs) {
        Set<String> found = new HashSet<>();
        inChunks(refs, REFS_PER_LOOKUP, chunk -> run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT source_ref FROM comments WHERE source_system = ?"
                    + " AND source_ref IN (" + marks(chunk.size()) + ")")) {
                ps.setString(1, system);
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 2, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
            return null;
        }));
        return found;
    }

    /** A post row to insert: a question has a title and tags, an answer a parent. */
    record PostRow(PostType type, Long parentId, String title, String body, List<String> tags, long authorId, long at,
                   String system, String ref, String sourceAuthor) {
    }

    /** Inserts posts with multi-row statements; returns the new ids by source ref. */
    Map<String, Long> insertPosts(List<PostRow> rows) {
        Map<String, Long> ids = new HashMap<>();
        inChunks(rows, ROWS_PER_STATEMENT, chunk -> run(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO posts (post_type, parent_id, title, body_markdown, tags, author_id, created_at,
                                       last_activity_at, source_system, source_ref, source_author)
                    VALUES """ + values(chunk.size(), 11) + " RETURNING id, source_ref")) {
                int i = 1;
                for (PostRow r : chunk) {
                    ps.setString(i++, r.type().dbValue());
                    setLong(ps, i++, r.parentId());
                    ps.setString(i++, r.title());
                    ps.setString(i++, r.body());
                    ps.setString(i++, r.tags() == null ? null : String.join(" ", r.tags()));
                    ps.setLong(i++, r.authorId());
                    ps.setLong(i++, r.at());
                    ps.setLong(i++, r.at());
                    ps.setString(i++, r.system());
                    ps.setString(i++, r.ref());
                    ps.setString(i++, r.sourceAuthor());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(2), rs.getLong(1));
                    }
                }
            }
            return null;
        }));
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("inserted " + rows.size() + " posts but got " + ids.size() + " ids back");
        }
        return ids;
    }

    /** The first revision of each new post. */
    void insertFirstRevisions(List<PostRow> rows, Map<String, Long> ids) {
        inChunks(rows, ROWS_PER_STATEMENT, chunk -> run(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO post_revisions (post_id, revision, title, body_markdown, tags, editor_id, reason, created_at)
                    VALUES """ + values(chunk.size(), "?, 1, ?, ?, ?, ?, NULL, ?"))) {
                int i = 1;
                for (PostRow r : chunk) {
                    ps.setLong(i++, ids.get(r.ref()));
                    ps.setString(i++, r.title());
                    ps.setString(i++, r.body());
                    ps.setString(i++, r.tags() == null ? null : String.join(" ", r.tags()));
                    ps.setLong(i++, r.authorId());
                    ps.setLong(i++, r.at());
                }
                ps.executeUpdate();
            }
            return null;
        }));
    }

    /** Links questions to their tags and counts each new question into its tags. */
    void tagQuestions(Map<Long, List<String>> tagsByQuestion) {
        record Link(long postId, String tag) {
        }
        Map<String, Integer> added = new HashMap<>();
        List<Link> links = new ArrayList<>();
        tagsByQuestion.forEach((id, tags) -> tags.forEach(t -> {
            added.merge(t, 1, Integer::sum);
            links.add(new Link(id, t));
        }));
        if (links.isEmpty()) {
            return;
        }
        List<String> names = List.copyOf(added.keySet());
        inChunks(names, ROWS_PER_STATEMENT, chunk -> run(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tags (name, question_count) VALUES "
                    + values(chunk.size(), "?, 0") + " ON CONFLICT (name) DO NOTHING")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                ps.executeUpdate();
            }
            return null;
        }));
        inChunks(links, ROWS_PER_STATEMENT * 2, chunk -> run(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO post_tags (post_id, tag) VALUES "
                    + values(chunk.size(), 2))) {
                int i = 1;
                for (Link link : chunk) {
                    ps.setLong(i++, link.postId());
                    ps.setString(i++, link.tag());
                }
                ps.executeUpdate();
            }
            return null;
        }));
        run(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE tags SET question_count = question_count + ? WHERE name = ?")) {
                for (Map.Entry<String, Integer> e : added.entrySet()) {
                    ps.setInt(1, e.getValue());
                    ps.setString(2, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** What a batch of answers changes on one question. */
    record AnswerTally(long questionId, int answers, long firstAt, long lastAt, Long acceptedAnswerId) {
    }

    /**
     * Counts new live answers into their questions (as {@link PostStore#refreshAnswerCount} would recount them),
     * moves their activity time forward and sets an accepted answer where none is set.
     */
    void addAnswers(Collection<AnswerTally> tallies) {
        run(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE posts SET
                        answer_count = answer_count + ?,
                        first_answer_at = CASE WHEN first_answer_at IS NULL OR first_answer_at > ? THEN ?
                                               ELSE first_answer_at END,
                        last_activity_at = CASE WHEN last_activity_at < ? THEN ? ELSE last_activity_at END,
                        accepted_answer_id = COALESCE(accepted_answer_id, ?)
                    WHERE id = ?""")) {
                for (AnswerTally t : tallies) {
                    ps.setInt(1, t.answers());
                    ps.setLong(2, t.firstAt());
                    ps.setLong(3, t.firstAt());
                    ps.setLong(4, t.lastAt());
                    ps.setLong(5, t.lastAt());
                    setLong(ps, 6, t.acceptedAnswerId());
                    ps.setLong(7, t.questionId());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Sets the accepted answer of a question that has none; true when it did. */
    boolean acceptIfNone(long questionId, long answerId, long at) {
        return run(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE posts SET accepted_answer_id = ?,
                                     last_activity_at = CASE WHEN last_activity_at < ? THEN ? ELSE last_activity_at END
                    WHERE id = ? AND accepted_answer_id IS NULL""")) {
                ps.setLong(1, answerId);
                ps.setLong(2, at);
                ps.setLong(3, at);
                ps.setLong(4, questionId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    record CommentRow(long postId, long authorId, String body, long at, String system, String ref, String sourceAuthor) {
    }

    void insertComments(List<CommentRow> rows) {
        inChunks(rows, ROWS_PER_STATEMENT, chunk -> run(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO comments (post_id, author_id, body, created_at, source_system, source_ref, source_author)
                    VALUES """ + values(chunk.size(), 7))) {
                int i = 1;
                for (CommentRow r : chunk) {
                    ps.setLong(i++, r.postId());
                    ps.setLong(i++, r.authorId());
                    ps.setString(i++, r.body());
                    ps.setLong(i++, r.at());
                    ps.setString(i++, r.system());
                    ps.setString(i++, r.ref());
                    ps.setString(i++, r.sourceAuthor());
                }
                ps.executeUpdate();
            }
            return null;
        }));
    }

    /** Moves each question's activity time forward to {@code at} (question id → time), never back. */
    void touch(Map<Long, Long> latestByQuestion) {
        run(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE posts SET last_activity_at = ? WHERE id = ? AND last_activity_at < ?")) {
                for (Map.Entry<Long, Long> e : latestByQuestion.entrySet()) {
                    ps.setLong(1, e.getValue());
                    ps.setLong(2, e.getKey());
                    ps.setLong(3, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Takes the posts' row locks before votes are written, as {@link PostStore#lockForVoting} does for one. */
    void lockForVoting(Collection<Long> postIds) {
        inChunks(List.copyOf(postIds), REFS_PER_LOOKUP, chunk -> run(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE posts SET score = score WHERE id IN ("
                    + marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                ps.executeUpdate();
            }
            return null;
        }));
    }

    record VoteRow(long postId, long userId, int value, long at) {
    }

    /** Stores each voter's vote (one per user and post); returns how many rows were new or changed. */
    int putVotes(List<VoteRow> rows) {
        int[] changed = {0};
        inChunks(rows, ROWS_PER_STATEMENT, chunk -> run(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO votes (post_id, user_id, value, created_at) VALUES "
                    + values(chunk.size(), 4) + " ON CONFLICT (post_id, user_id) DO UPDATE SET value = excluded.value,"
                    + " created_at = excluded.created_at WHERE votes.value <> excluded.value")) {
                int i = 1;
                for (VoteRow r : chunk) {
                    ps.setLong(i++, r.postId());
                    ps.setLong(i++, r.userId());
                    ps.setInt(i++, r.value());
                    ps.setLong(i++, r.at());
                }
                changed[0] += ps.executeUpdate();
            }
            return null;
        }));
        return changed[0];
    }

    /** Adds the net of voterless votes to each post (post id → net). */
    void addUnattributedScore(Map<Long, Integer> netByPost) {
        run(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE posts SET unattributed_score = unattributed_score + ? WHERE id = ?")) {
                for (Map.Entry<Long, Integer> e : netByPost.entrySet()) {
                    ps.setInt(1, e.getValue());
                    ps.setLong(2, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Recounts scores as {@link PostStore#recountScore} does, for many posts. */
    void recountScores(Collection<Long> postIds) {
        run(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE posts SET score = unattributed_score + (SELECT COALESCE(SUM(value), 0) FROM votes WHERE post_id = ?)
                    WHERE id = ?""")) {
                for (long id : postIds) {
                    ps.setLong(1, id);
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    long checkpoint(String system, String stream) {
        Long last = jdbc.query("SELECT last_id FROM import_checkpoints WHERE source_system = ? AND stream = ?",
                rs -> rs.next() ? rs.getLong(1) : null, system, stream);
        return last == null ? Long.MIN_VALUE : last;
    }

    void setCheckpoint(String system, String stream, long lastId) {
        jdbc.update("""
                INSERT INTO import_checkpoints (source_system, stream, last_id) VALUES (?, ?, ?)
                ON CONFLICT (source_system, stream) DO UPDATE SET last_id = excluded.last_id""", system, stream, lastId);
    }

    long unansweredQuestions(String system) {
        Long n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM posts WHERE source_system = ? AND post_type = 'question' AND answer_count = 0
                AND deleted = FALSE""", Long.class, system);
        return n == null ? 0 : n;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private <T> T run(ConnectionCallback<T> work) {
        return jdbc.execute(work);
    }

    private interface Chunk<T> {
        void accept(List<T> chunk);
    }

    private static <T> void inChunks(Collection<T> all, int size, Chunk<T> out) {
        List<T> list = all instanceof List<T> l ? l : new ArrayList<>(all);
        for (int i = 0; i < list.size(); i += size) {
            out.accept(list.subList(i, Math.min(list.size(), i + size)));
        }
    }

    private static String marks(int n) {
        return "?" + ", ?".repeat(n - 1);
    }

    private static String values(int rows, int columns) {
        return values(rows, marks(columns));
    }

    /** {@code (tuple), (tuple), ...}: the VALUES of a multi-row insert. */
    private static String values(int rows, String tuple) {
        StringBuilder b = new StringBuilder(rows * (tuple.length() + 4));
        for (int r = 0; r < rows; r++) {
            b.append(r == 0 ? "(" : ", (").append(tuple).append(')');
        }
        return b.toString();
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
