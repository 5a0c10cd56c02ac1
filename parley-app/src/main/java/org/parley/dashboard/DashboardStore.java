package org.parley.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's reads, all from the summary tables (see {@link SummaryStore}): weekly counts are
 * summed over the period's weeks, and a median is found by summing bucket counts to the bucket it
 * falls in, then reading the few exact waits inside that bucket in order. No query reads the posts.
 * Weeks are given by their Monday's epoch milliseconds, {@code fromWeek} to {@code toWeek} inclusive.
 */
@Repository
class DashboardStore {

    /** The roles the dashboard lists as experts. */
    private static final String EXPERT_ROLES = "('expert', 'moderator', 'admin')";

    private final JdbcClient jdbc;

    DashboardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A scope's counts week by week. */
    Map<Long, long[]> weeks(String scope, long fromWeek, long toWeek) {
        Map<Long, long[]> byWeek = new HashMap<>();
        jdbc.sql("""
                        SELECT week, asked, questions, answered, within_day, within_week, settled FROM dashboard_weeks
                        WHERE scope = :scope AND week >= :from AND week <= :to""")
                .param("scope", scope).param("from", fromWeek).param("to", toWeek)
                .query((rs, n) -> byWeek.put(rs.getLong("week"), weekCounts(rs))).list();
        return byWeek;
    }

    /** Each scope's backlog at the end of {@code toWeek}: questions asked minus questions settled up to then. */
    Map<String, Long> backlog(List<String> scopes, long toWeek) {
        Map<String, Long> byScope = new HashMap<>();
        jdbc.sql("""
                        SELECT scope, SUM(questions) - SUM(settled) AS open FROM dashboard_weeks
                        WHERE scope IN (:scopes) AND week <= :to GROUP BY scope""")
                .param("scopes", scopes).param("to", toWeek)
                .query((rs, n) -> byScope.put(rs.getString("scope"), rs.getLong("open"))).list();
        return byScope;
    }

    /**
     * Every tag's questions over the period, and of those the ones answered within a day and a week,
     * in the database's order of tag names.
     */
    LinkedHashMap<String, long[]> tagTotals(long fromWeek, long toWeek) {
        LinkedHashMap<String, long[]> byTag = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT scope, SUM(questions) AS questions, SUM(within_day) AS within_day,
                               SUM(within_week) AS within_week
                        FROM dashboard_weeks WHERE week >= :from AND week <= :to AND scope <> ''
                        GROUP BY scope ORDER BY scope""")
                .param("from", fromWeek).param("to", toWeek)
                .query((rs, n) -> {
                    long[] c = new long[Tally.SETTLED + 1];
                    c[Tally.QUESTIONS] = rs.getLong("questions");
                    c[Tally.WITHIN_DAY] = rs.getLong("within_day");
                    c[Tally.WITHIN_WEEK] = rs.getLong("within_week");
                    return byTag.put(rs.getString("scope"), c);
                })
                .list();
        return byTag;
    }

    /** Per scope, answered questions per wait bucket over the period, by bucket. */
    Map<String, TreeMap<Long, Long>> waitBuckets(List<String> scopes, long fromWeek, long toWeek) {
        Map<String, TreeMap<Long, Long>> byScope = new HashMap<>();
        jdbc.sql("""
                        SELECT scope, bucket, SUM(questions) AS questions FROM dashboard_waits
                        WHERE scope IN (:scopes) AND week >= :from AND week <= :to GROUP BY scope, bucket""")
                .param("scopes", scopes).param("from", fromWeek).param("to", toWeek)
                .query((rs, n) -> byScope.computeIfAbsent(rs.getString("scope"), s -> new TreeMap<>())
                        .put(rs.getLong("bucket"), rs.getLong("questions")))
                .list();
        return byScope;
    }

    /** {@code limit} waits in order from 0-based {@code offset} among a scope's waits in one bucket, asked in [from, to). */
    List<Long> waits(String scope, long bucket, long from, long to, long offset, int limit) {
        return jdbc.sql("""
                        SELECT wait FROM dashboard_questions
                        WHERE scope = :scope AND wait_bucket = :bucket AND asked_at >= :from AND asked_at < :to
                        ORDER BY wait LIMIT :limit OFFSET :offset""")
                .param("scope", scope).param("bucket", bucket).param("from", from).param("to", to)
                .param("limit", limit).param("offset", offset)
                .query(Long.class).list();
    }

    /**
     * What the rows dated in [from, to) add to the weekly counts. The dashboard reads up to "now", so
     * it takes this out of the current week for the rest of it (normally nothing is dated later).
     */
    Tally cellsDated(long from, long to) {
        Tally dated = new Tally();
        jdbc.sql(SummaryStore.weekCells("asked_at >= :from AND asked_at < :to", "settled_at >= :from AND settled_at < :to"))
                .param("from", from).param("to", to)
                .query((rs, n) -> {
                    dated.add(new Tally.WeekCell(rs.getString("scope"), rs.getLong("week")), weekCounts(rs));
                    return null;
                })
                .list();
        jdbc.sql(SummaryStore.waitCells("asked_at >= :from AND asked_at < :to"))
                .param("from", from).param("to", to)
                .query((rs, n) -> {
                    dated.add(new Tally.WaitCell(rs.getString("scope"), rs.getLong("week"), rs.getLong("bucket")),
                            rs.getLong("questions"));
                    return null;
                })
                .list();
        // Only experts' answers: the dashboard reads no one else's counts.
        jdbc.sql(SummaryStore.answererCells("""
                        a.answered_at >= :from AND a.answered_at < :to AND u.id = a.author_id
                        AND u.role IN %s""".formatted(EXPERT_ROLES), true))
                .param("from", from).param("to", to)
                .query((rs, n) -> {
                    dated.add(new Tally.AnswererCell(rs.getLong("author_id"), rs.getLong("week")), new long[] {
                            rs.getLong("answers"), rs.getLong("first_answers"), rs.getLong("accepted")});
                    return null;
                })
                .list();
        return dated;
    }

    record Answerer(long id, String handle, String displayName, long[] counts) {
    }

    /** Experts, moderators and admins with answers in the period, by handle, with their counts summed. */
    List<Answerer> experts(long fromWeek, long toWeek) {
        List<Answerer> experts = new ArrayList<>();
        jdbc.sql("""
                        SELECT u.id, u.handle, u.display_name, SUM(d.answers) AS answers,
                               SUM(d.first_answers) AS first_answers, SUM(d.accepted) AS accepted
                        FROM users u JOIN dashboard_answerers d ON d.author_id = u.id
                        WHERE u.role IN %s AND d.week >= :from AND d.week <= :to
                        GROUP BY u.id, u.handle, u.display_name ORDER BY u.handle""".formatted(EXPERT_ROLES))
                .param("from", fromWeek).param("to", toWeek)
                .query((rs, n) -> experts.add(new Answerer(rs.getLong("id"), rs.getString("handle"),
                        rs.getString("display_name"), new long[] {rs.getLong("answers"), rs.getLong("first_answers"),
                        rs.getLong("accepted")})))
                .list();
        return experts;
    }

    /** Response times of an author's answers written in [from, to), in order, from {@code offset}. */
    List<Long> responses(long authorId, long from, long to, long offset, int limit) {
        return jdbc.sql("""
                        SELECT response FROM dashboard_answers
                        WHERE author_id = :author AND answered_at >= :from AND answered_at < :to
                        ORDER BY response LIMIT :limit OFFSET :offset""")
                .param("author", authorId).param("from", from).param("to", to)
                .param("limit", limit).param("offset", offset)
                .query(Long.class).list();
    }

    private static long[] weekCounts(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new long[] {rs.getLong("asked"), rs.getLong("questions"), rs.getLong("answered"),
                rs.getLong("within_day"), rs.getLong("within_week"), rs.getLong("settled")};
    }
}
