package org.parley.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A plain substring search in SQL, standing behind the search page until the Lucene index takes
 * over: candidate questions whose title, body or an answer contains any wanted word.
 */
@Repository
class TextMatchStore {

    private static final int MAX_CANDIDATES = 500;

    private final JdbcClient jdbc;

    TextMatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Candidate(long questionId, String title, String body, int score, int answerCount, boolean accepted,
                     long createdAt, String tags, String authorHandle, String sourceSystem, String sourceRef,
                     String sourceAuthor, List<AnswerText> answers) {
    }

    record AnswerText(long id, String body) {
    }

    List<Candidate> candidates(List<String> terms) {
        if (terms.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        JdbcClient.StatementSpec[] spec = new JdbcClient.StatementSpec[1];
        List<String> likes = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                where.append(" OR ");
            }
            where.append("LOWER(p.title) LIKE :t").append(i).append(" OR LOWER(p.body_markdown) LIKE :t").append(i)
                    .append(" OR EXISTS (SELECT 1 FROM posts a WHERE a.parent_id = p.id AND a.deleted = FALSE"
                            + " AND LOWER(a.body_markdown) LIKE :t").append(i).append(")");
            likes.add("%" + terms.get(i).toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        spec[0] = jdbc.sql("""
                SELECT p.id, p.title, p.body_markdown, p.score, p.answer_count, p.accepted_answer_id, p.created_at,
                       p.tags, u.handle, p.source_system, p.source_ref, p.source_author
                FROM posts p JOIN users u ON u.id = p.author_id
                WHERE p.post_type = 'question' AND p.deleted = FALSE AND (%s)
                ORDER BY p.created_at DESC LIMIT %d""".formatted(where, MAX_CANDIDATES));
        for (int i = 0; i < likes.size(); i++) {
            spec[0] = spec[0].param("t" + i, likes.get(i));
        }
        List<Candidate> found = spec[0].query((rs, n) -> new Candidate(rs.getLong("id"), rs.getString("title"),
                rs.getString("body_markdown"), rs.getInt("score"), rs.getInt("answer_count"),
                rs.getObject("accepted_answer_id") != null, rs.getLong("created_at"), rs.getString("tags"),
                rs.getString("handle"), rs.getString("source_system"), rs.getString("source_ref"),
                rs.getString("source_author"), new ArrayList<>())).list();
        for (Candidate c : found) {
            c.answers().addAll(jdbc.sql("SELECT id, body_markdown FROM posts WHERE parent_id = :id AND deleted = FALSE")
                    .param("id", c.questionId())
                    .query((rs, n) -> new AnswerText(rs.getLong("id"), rs.getString("body_markdown"))).list());
        }
        return found;
    }
}
