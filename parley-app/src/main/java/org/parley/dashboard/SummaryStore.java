package org.parley.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL that keeps the dashboard's summary tables (see V12__dashboard_summary.sql): a question's rows
 * as stored and as the posts say they should be, adding changes to the weekly counts, and the
 * rebuild from the posts in a few set-wise statements.
 */
@Repository
class SummaryStore {

    static final RowMapper<QuestionRow> QUESTION_ROW = (rs, n) -> new QuestionRow(rs.getLong("question_id"),
            rs.getString("scope"), rs.getLong("asked_at"), rs.getBoolean("duplicate"), nullableLong(rs, "first_answer_at"));

    static final RowMapper<AnswerRow> ANSWER_ROW = (rs, n) -> new AnswerRow(rs.getLong("answer_id"),
            rs.getLong("question_id"), rs.getLong("author_id"), rs.getLong("answered_at"), rs.getLong("response"),
            rs.getBoolean("first_answer"), rs.getBoolean("accepted"));

    private static final String QUESTION_COLUMNS = "question_id, scope, asked_at, duplicate, first_answer_at";
    private static final String ANSWER_COLUMNS =
            "answer_id, question_id, author_id, answered_at, response, first_answer, accepted";

    private static final List<String> TABLES = List.of("dashboard_questions", "dashboard_weeks", "dashboard_waits",
            "dashboard_answers", "dashboard_answerers");

    private final JdbcClient jdbc;

    SummaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the summary's lock: every change and rebuild starts here and holds it until commit, so on
     * PostgreSQL they queue and each reads what the one before it committed.
     */
    void lock() {
        if (jdbc.sql("UPDATE dashboard_summary SET changes = changes + 1 WHERE id = 1").update() != 1) {
            throw new IllegalStateException("dashboard_summary has lost its row; run the V12 migration's INSERT again");
        }
    }

    /** A question as the posts hold it, with the columns the summary reads. */
    record PostedQuestion(long id, long askedAt, boolean live, boolean duplicate, Long firstAnswerAt,
                          Long acceptedAnswerId) {
    }

    /** A live answer as the posts hold it. */
    record PostedAnswer(long id, long authorId, long answeredAt) {
    }

    Optional<PostedQuestion> postedQuestion(long id) {
        return jdbc.sql("""
                        SELECT id, created_at, deleted, closed_as_duplicate_of, first_answer_at, accepted_answer_id
                        FROM posts WHERE id = :id AND post_type = 'question'""")
                .param("id", id)
                .query((rs, n) -> new PostedQuestion(rs.getLong("id"), rs.getLong("created_at"), !rs.getBoolean("deleted"),
                        nullableLong(rs, "closed_as_duplicate_of") != null, nullableLong(rs, "first_answer_at"),
                        nullableLong(rs, "accepted_answer_id")))
                .optional();
    }

    List<String> tags(long questionId) {
        return jdbc.sql("SELECT tag FROM post_tags WHERE post_id = :id ORDER BY tag")
                .param("id", questionId).query(String.class).list();
    }

    List<PostedAnswer> liveAnswers(long questionId) {
        return jdbc.sql("""
                        SELECT id, author_id, created_at FROM posts
                        WHERE parent_id = :id AND post_type = 'answer' AND deleted = FALSE ORDER BY id""")
                .param("id", questionId)
                .query((rs, n) -> new PostedAnswer(rs.getLong("id"), rs.getLong("author_id"), rs.getLong("created_at")))
                .list();
    }

    List<QuestionRow> questionRows(long questionId) {
        return jdbc.sql("SELECT " + QUESTION_COLUMNS + " FROM dashboard_questions WHERE question_id = :id")
                .param("id", questionId).query(QUESTION_ROW).list();
    }

    List<AnswerRow> answerRows(long questionId) {
        return jdbc.sql("SELECT " + ANSWER_COLUMNS + " FROM dashboard_answers WHERE question_id = :id")
                .param("id", questionId).query(ANSWER_ROW).list();
    }

    void delete(QuestionRow row) {
        jdbc.sql("DELETE FROM dashboard_questions WHERE question_id = :id AND scope = :scope")
                .param("id", row.questionId()).param("scope", row.scope()).update();
    }

    void insert(QuestionRow row) {
        jdbc.sql("""
                        INSERT INTO dashboard_questions (question_id, scope, asked_at, duplicate, first_answer_at, wait,
                                                         wait_bucket, settled_at)
                        VALUES (:id, :scope, :askedAt, :duplicate, :firstAnswerAt, :wait, :bucket, :settledAt)""")
                .param("id", row.questionId()).param("scope", row.scope()).param("askedAt", row.askedAt())
                .param("duplicate", row.duplicate()).param("firstAnswerAt", row.firstAnswerAt())
                .param("wait", row.waitMillis()).param("bucket", row.waitBucket()).param("settledAt", row.settledAt())
                .update();
    }

    void delete(AnswerRow row) {
        jdbc.sql("DELETE FROM dashboard_answers WHERE answer_id = :id").param("id", row.answerId()).update();
    }

    void insert(AnswerRow row) {
        jdbc.sql("INSERT INTO dashboard_answers (" + ANSWER_COLUMNS + """
                        ) VALUES (:id, :questionId, :authorId, :answeredAt, :response, :first, :accepted)""")
                .param("id", row.answerId()).param("questionId", row.questionId()).param("authorId", row.authorId())
                .param("answeredAt", row.answeredAt()).param("response", row.responseMillis())
                .param("first", row.first()).param("accepted", row.accepted())
                .update();
    }

    /** Adds a tally's changes to the weekly counts, dropping the cells that come to nothing. */
    void add(Tally changes) {
        for (Map.Entry<Tally.WeekCell, long[]> e : changes.weekChanges().entrySet()) {
            long[] c = e.getValue();
            jdbc.sql("""
                            INSERT INTO dashboard_weeks (scope, week, asked, questions, answered, within_day,
                                                         within_week, settled)
                            VALUES (:scope, :week, :asked, :questions, :answered, :withinDay, :withinWeek, :settled)
                            ON CONFLICT (scope, week) DO UPDATE SET
                                asked = dashboard_weeks.asked + excluded.asked,
                                questions = dashboard_weeks.questions + excluded.questions,
                                answered = dashboard_weeks.answered + excluded.answered,
                                within_day = dashboard_weeks.within_day + excluded.within_day,
                                within_week = dashboard_weeks.within_week + excluded.within_week,
                                settled = dashboard_weeks.settled + excluded.settled""")
                    .param("scope", e.getKey().scope()).param("week", e.getKey().week())
                    .param("asked", c[Tally.ASKED]).param("questions", c[Tally.QUESTIONS])
                    .param("answered", c[Tally.ANSWERED]).param("withinDay", c[Tally.WITHIN_DAY])
                    .param("withinWeek", c[Tally.WITHIN_WEEK]).param("settled", c[Tally.SETTLED])
                    .update();
            jdbc.sql("""
                            DELETE FROM dashboard_weeks WHERE scope = :scope AND week = :week AND asked = 0 AND questions = 0
                              AND answered = 0 AND within_day = 0 AND within_week = 0 AND settled = 0""")
                    .param("scope", e.getKey().scope()).param("week", e.getKey().week()).update();
        }
        for (Map.Entry<Tally.WaitCell, Long> e : changes.waitChanges().entrySet()) {
            Tally.WaitCell cell = e.getKey();
            jdbc.sql("""
                            INSERT INTO dashboard_waits (scope, week, bucket, questions) VALUES (:scope, :week, :bucket, :n)
                            ON CONFLICT (scope, week, bucket)
                            DO UPDATE SET questions = dashboard_waits.questions + excluded.questions""")
                    .param("scope", cell.scope()).param("week", cell.week()).param("bucket", cell.bucket())
                    .param("n", e.getValue()).update();
            jdbc.sql("DELETE FROM dashboard_waits WHERE scope = :scope AND week = :week AND bucket = :bucket AND questions = 0")
                    .param("scope", cell.scope()).param("week", cell.week()).param("bucket", cell.bucket()).update();
        }
        for (Map.Entry<Tally.AnswererCell, long[]> e : changes.answererChanges().entrySet()) {
            long[] c = e.getValue();
            jdbc.sql("""
                            INSERT INTO dashboard_answerers (author_id, week, answers, first_answers, accepted)
                            VALUES (:author, :week, :answers, :firstAnswers, :accepted)
                            ON CONFLICT (author_id, week) DO UPDATE SET
                                answers = dashboard_answerers.answers + excluded.answers,
                                first_answers = dashboard_answerers.first_answers + excluded.first_answers,
                                accepted = dashboard_answerers.accepted + excluded.accepted""")
                    .param("author", e.getKey().authorId()).param("week", e.getKey().week())
                    .param("answers", c[Tally.ANSWERS]).param("firstAnswers", c[Tally.FIRST_ANSWERS])
                    .param("accepted", c[Tally.ACCEPTED]).update();
            jdbc.sql("""
                            DELETE FROM dashboard_answerers WHERE author_id = :author AND week = :week
                              AND answers = 0 AND first_answers = 0 AND accepted = 0""")
                    .param("author", e.getKey().authorId()).param("week", e.getKey().week()).update();
        }
    }

    /** How many live questions and answers the posts hold, and how many the summary has rows for. */
    record Counts(long questions, long answers, long summarizedQuestions, long summarizedAnswers) {

        boolean inStep() {
            return questions == summarizedQuestions && answers == summarizedAnswers;
        }
    }

    Counts counts() {
        return new Counts(
                count("SELECT COUNT(*) FROM posts WHERE post_type = 'question' AND deleted = FALSE"),
                count("SELECT COUNT(*) FROM posts WHERE post_type = 'answer' AND deleted = FALSE"),
                count("SELECT COUNT(*) FROM dashboard_questions WHERE scope = ''"),
                count("SELECT COUNT(*) FROM dashboard_answers"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /**
     * Empties the summary and fills it again from the posts: the same rows {@link DashboardSummary}
     * derives one question at a time, here for all of them at once, then the weekly counts from them.
     */
    void rebuild(long at) {
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("""
                        INSERT INTO dashboard_questions (question_id, scope, asked_at, duplicate, first_answer_at, wait,
                                                         wait_bucket, settled_at)
                        SELECT id, scope, asked_at, duplicate, first_answer_at, wait, %s,
                               CASE WHEN first_answer_at > asked_at THEN first_answer_at
                                    WHEN first_answer_at IS NOT NULL THEN asked_at END
                        FROM (SELECT q.id, '' AS scope, q.created_at AS asked_at,
                                     q.closed_as_duplicate_of IS NOT NULL AS duplicate,
                                     CASE WHEN q.closed_as_duplicate_of IS NULL THEN q.first_answer_at END AS first_answer_at,
                                     CASE WHEN q.closed_as_duplicate_of IS NULL THEN q.first_answer_at - q.created_at END AS wait
                              FROM posts q
                              WHERE q.post_type = 'question' AND q.deleted = FALSE
                              UNION ALL
                              SELECT q.id, pt.tag, q.created_at, FALSE, q.first_answer_at, q.first_answer_at - q.created_at
                              FROM posts q JOIN post_tags pt ON pt.post_id = q.id
                              WHERE q.post_type = 'question' AND q.deleted = FALSE AND q.closed_as_duplicate_of IS NULL) x"""
                        .formatted(SummaryKeys.waitBucket("wait")))
                .update();
        jdbc.sql("INSERT INTO dashboard_weeks (scope, week, asked, questions, answered, within_day, within_week, settled) "
                + weekCells("TRUE", "TRUE")).update();
        jdbc.sql("INSERT INTO dashboard_waits (scope, week, bucket, questions) " + waitCells("TRUE")).update();
        jdbc.sql("""
                        INSERT INTO dashboard_answers (answer_id, question_id, author_id, answered_at, response,
                                                       first_answer, accepted)
                        SELECT a.id, q.id, a.author_id, a.created_at, a.created_at - q.created_at,
                               CASE WHEN a.created_at = q.first_answer_at THEN TRUE ELSE FALSE END,
                               CASE WHEN q.accepted_answer_id = a.id THEN TRUE ELSE FALSE END
                        FROM posts a JOIN posts q ON q.id = a.parent_id
                        WHERE a.post_type = 'answer' AND a.deleted = FALSE""")
                .update();
        jdbc.sql("INSERT INTO dashboard_answerers (author_id, week, answers, first_answers, accepted) "
                + answererCells("TRUE", false)).update();
        jdbc.sql("UPDATE dashboard_summary SET rebuilt_at = :at WHERE id = 1").param("at", at).update();
    }

    /*
     * From rows to weekly counts in SQL: the rule Tally.add follows for one row at a time, here for
     * every row the conditions let through (all of them in a rebuild; those dated after "now" when
     * the dashboard takes them out of the current week).
     */

    /** Per scope and week: the {@code dashboard_weeks} counts of the question rows asked / settled as the conditions say. */
    static String weekCells(String askedWhere, String settledWhere) {
        return """
                SELECT scope, week, SUM(asked) AS asked, SUM(questions) AS questions, SUM(answered) AS answered,
                       SUM(within_day) AS within_day, SUM(within_week) AS within_week, SUM(settled) AS settled
                FROM (SELECT scope, %1$s AS week, 1 AS asked,
                             CASE WHEN duplicate THEN 0 ELSE 1 END AS questions,
                             CASE WHEN wait IS NULL THEN 0 ELSE 1 END AS answered,
                             CASE WHEN wait <= %2$d THEN 1 ELSE 0 END AS within_day,
                             CASE WHEN wait <= %3$d THEN 1 ELSE 0 END AS within_week,
                             0 AS settled
                      FROM dashboard_questions WHERE %4$s
                      UNION ALL
                      SELECT scope, %5$s, 0, 0, 0, 0, 0, 1 FROM dashboard_questions
                      WHERE settled_at IS NOT NULL AND %6$s) x
                GROUP BY scope, week""".formatted(SummaryKeys.week("asked_at"), SummaryKeys.DAY, 7 * SummaryKeys.DAY,
                askedWhere, SummaryKeys.week("settled_at"), settledWhere);
    }

    /** Per scope, week asked and wait bucket: the answered questions among the rows the condition lets through. */
    static String waitCells(String askedWhere) {
        return """
                SELECT scope, week, wait_bucket AS bucket, COUNT(*) AS questions
                FROM (SELECT scope, %s AS week, wait_bucket FROM dashboard_questions
                      WHERE wait_bucket IS NOT NULL AND %s) x
                GROUP BY scope, week, wait_bucket""".formatted(SummaryKeys.week("asked_at"), askedWhere);
    }

    /**
     * Per author and week answered: answers, first answers and accepted answers among the answer rows
     * ({@code a}) the condition lets through, joined with {@code users u} after them if {@code users} is set.
     */
    static String answererCells(String answeredWhere, boolean users) {
        return """
                SELECT author_id, week, COUNT(*) AS answers, SUM(first_answer) AS first_answers, SUM(accepted) AS accepted
                FROM (SELECT a.author_id, %s AS week,
                             CASE WHEN a.first_answer THEN 1 ELSE 0 END AS first_answer,
                             CASE WHEN a.accepted THEN 1 ELSE 0 END AS accepted
                      FROM dashboard_answers a%s WHERE %s) x
                GROUP BY author_id, week""".formatted(SummaryKeys.week("a.answered_at"),
                // CROSS JOIN keeps SQLite to this order: the few rows of a time range first, then their authors.
                users ? " CROSS JOIN users u" : "", answeredWhere);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
