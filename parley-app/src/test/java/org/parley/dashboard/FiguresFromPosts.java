package org.parley.dashboard;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's figures computed straight from the posts, the way the dashboard did before it kept
 * a summary (the queries are that version's DashboardStore, unchanged): the reference the summary's
 * figures must equal. Slow on a large store, exact on any.
 */
class FiguresFromPosts {

    private static final int TAGS = 8;
    private static final int EXPERTS = 10;

    private static final long DAY = Duration.ofDays(1).toMillis();

    /** The live, open-to-answers questions asked in the period. */
    private static final String QUESTIONS = """
            FROM posts q
            WHERE q.post_type = 'question' AND q.deleted = FALSE AND q.closed_as_duplicate_of IS NULL
              AND q.created_at >= :from AND q.created_at < :to
            """;

    private final JdbcClient jdbc;

    FiguresFromPosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the dashboard shows for {@code weeks} weeks at {@code now} (BacklogDashboard.compute before the summary). */
    BacklogFigures figures(int weeks, Instant now) {
        LocalDate firstWeek = now.atZone(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        long from = millis(firstWeek);
        long to = now.toEpochMilli();

        List<BacklogFigures.Week> rows = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            LocalDate start = firstWeek.plusWeeks(i);
            long end = Math.min(millis(start.plusWeeks(1)), to);
            rows.add(new BacklogFigures.Week(start, asked(millis(start), end), openAt(end)));
        }
        Shares all = shares(from, to);
        var busiest = busiestTags(from, to, TAGS);
        List<BacklogFigures.TagFigures> tags = List.of();
        if (!busiest.isEmpty()) {
            List<String> names = List.copyOf(busiest.keySet());
            var medians = medianFirstAnswerByTag(from, to, names);
            var open = openByTag(to, names);
            tags = busiest.entrySet().stream().map(e -> {
                Shares s = e.getValue();
                return new BacklogFigures.TagFigures(e.getKey(), s.questions(), share(s.within24h(), s.questions()),
                        share(s.within7d(), s.questions()), medians.get(e.getKey()), open.getOrDefault(e.getKey(), 0L));
            }).toList();
        }
        List<BacklogFigures.ExpertFigures> experts = experts(from, to, EXPERTS).stream()
                .map(e -> new BacklogFigures.ExpertFigures(e.handle(), e.displayName(), e.answers(), e.firstAnswers(),
                        e.accepted(), medianResponse(e.id(), from, to).orElse(null)))
                .toList();
        return new BacklogFigures(firstWeek, now.atZone(ZoneOffset.UTC).toLocalDate(), all.questions(),
                share(all.within24h(), all.questions()), share(all.within7d(), all.questions()),
                medianFirstAnswer(from, to).orElse(null), rows, tags, experts);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    record Shares(long questions, long within24h, long within7d) {
    }

    Shares shares(long from, long to) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS questions,
                               COALESCE(SUM(CASE WHEN q.first_answer_at - q.created_at <= :day THEN 1 ELSE 0 END), 0) AS d1,
                               COALESCE(SUM(CASE WHEN q.first_answer_at - q.created_at <= :week THEN 1 ELSE 0 END), 0) AS d7
                        """ + QUESTIONS)
                .param("from", from).param("to", to).param("day", DAY).param("week", 7 * DAY)
                .query((rs, n) -> new Shares(rs.getLong("questions"), rs.getLong("d1"), rs.getLong("d7"))).single();
    }

    Optional<Duration> medianFirstAnswer(long from, long to) {
        long answered = jdbc.sql("SELECT COUNT(*) " + QUESTIONS + " AND q.first_answer_at IS NOT NULL")
                .param("from", from).param("to", to).query(Long.class).single();
        if (answered == 0) {
            return Optional.empty();
        }
        List<Long> middle = jdbc.sql("SELECT q.first_answer_at - q.created_at " + QUESTIONS
                        + " AND q.first_answer_at IS NOT NULL ORDER BY q.first_answer_at - q.created_at LIMIT :n OFFSET :offset")
                .param("from", from).param("to", to)
                .param("n", answered % 2 == 0 ? 2 : 1).param("offset", (answered - 1) / 2)
                .query(Long.class).list();
        return Optional.of(Duration.ofMillis(middle.stream().mapToLong(Long::longValue).sum() / middle.size()));
    }

    long asked(long from, long to) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM posts WHERE post_type = 'question' AND deleted = FALSE
                          AND created_at >= :from AND created_at < :to""")
                .param("from", from).param("to", to).query(Long.class).single();
    }

    /** Questions asked before {@code at} that had no answer yet at {@code at} (and are still live). */
    long openAt(long at) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM posts q
                        WHERE q.post_type = 'question' AND q.deleted = FALSE AND q.closed_as_duplicate_of IS NULL
                          AND q.created_at < :at
                          AND (q.first_answer_at IS NULL OR q.first_answer_at >= :at)""")
                .param("at", at).query(Long.class).single();
    }

    /** The period's questions grouped by tag, for the given tags: count and answered shares. */
    private static final String TAGGED = """
            FROM posts q JOIN post_tags pt ON pt.post_id = q.id
            WHERE q.post_type = 'question' AND q.deleted = FALSE AND q.closed_as_duplicate_of IS NULL
              AND q.created_at >= :from AND q.created_at < :to AND pt.tag IN (:tags)
            """;

    /**
     * The busiest tags of the period with their counts and answered shares, in one pass driven by
     * the covering index on question times (each question's tags found by primary key).
     */
    java.util.LinkedHashMap<String, Shares> busiestTags(long from, long to, int limit) {
        java.util.LinkedHashMap<String, Shares> byTag = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        SELECT pt.tag, COUNT(*) AS questions,
                               SUM(CASE WHEN q.first_answer_at - q.created_at <= :day THEN 1 ELSE 0 END) AS d1,
                               SUM(CASE WHEN q.first_answer_at - q.created_at <= :week THEN 1 ELSE 0 END) AS d7
                        FROM posts q JOIN post_tags pt ON pt.post_id = q.id
                        WHERE q.post_type = 'question' AND q.deleted = FALSE AND q.closed_as_duplicate_of IS NULL
                          AND q.created_at >= :from AND q.created_at < :to
                        GROUP BY pt.tag ORDER BY COUNT(*) DESC, pt.tag LIMIT :limit""")
                .param("from", from).param("to", to).param("day", DAY).param("week", 7 * DAY).param("limit", limit)
                .query((rs, n) -> byTag.put(rs.getString("tag"),
                        new Shares(rs.getLong("questions"), rs.getLong("d1"), rs.getLong("d7"))))
                .list();
        return byTag;
    }

    /** Median time to first answer per tag, in one pass: the middle row(s) of each tag's ordered answer times. */
    java.util.Map<String, Duration> medianFirstAnswerByTag(long from, long to, List<String> tags) {
        java.util.Map<String, Duration> byTag = new java.util.HashMap<>();
        jdbc.sql("""
                        WITH times AS (
                            SELECT pt.tag, q.first_answer_at - q.created_at AS wait
                            """ + TAGGED + """
                              AND q.first_answer_at IS NOT NULL),
                        ranked AS (
                            SELECT tag, wait, ROW_NUMBER() OVER (PARTITION BY tag ORDER BY wait) AS position,
                                   COUNT(*) OVER (PARTITION BY tag) AS n
                            FROM times)
                        SELECT tag, SUM(wait) AS total, COUNT(*) AS middle FROM ranked
                        WHERE position IN ((n + 1) / 2, (n + 2) / 2) GROUP BY tag""")
                .param("from", from).param("to", to).param("tags", tags)
                .query((rs, n) -> byTag.put(rs.getString("tag"),
                        Duration.ofMillis(rs.getLong("total") / rs.getLong("middle"))))
                .list();
        return byTag;
    }

    /** Questions of each tag without an answer at {@code at}. */
    java.util.Map<String, Long> openByTag(long at, List<String> tags) {
        java.util.Map<String, Long> byTag = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT pt.tag, COUNT(*) AS open FROM posts q JOIN post_tags pt ON pt.post_id = q.id
                        WHERE q.post_type = 'question' AND q.deleted = FALSE AND q.closed_as_duplicate_of IS NULL
                          AND q.created_at < :at AND (q.first_answer_at IS NULL OR q.first_answer_at >= :at)
                          AND pt.tag IN (:tags)
                        GROUP BY pt.tag""")
                .param("at", at).param("tags", tags)
                .query((rs, n) -> byTag.put(rs.getString("tag"), rs.getLong("open"))).list();
        return byTag;
    }

    record ExpertRow(long id, String handle, String displayName, long answers, long firstAnswers, long accepted) {
    }

    /** Experts, moderators and admins with answers in the period, most answers first. */
    List<ExpertRow> experts(long from, long to, int limit) {
        return jdbc.sql("""
                        SELECT u.id, u.handle, u.display_name, COUNT(*) AS answers,
                               SUM(CASE WHEN a.created_at = q.first_answer_at THEN 1 ELSE 0 END) AS first_answers,
                               SUM(CASE WHEN q.accepted_answer_id = a.id THEN 1 ELSE 0 END) AS accepted
                        FROM users u JOIN posts a ON a.author_id = u.id JOIN posts q ON q.id = a.parent_id
                        WHERE u.role IN ('expert', 'moderator', 'admin')
                          AND a.post_type = 'answer' AND a.deleted = FALSE
                          AND a.created_at >= :from AND a.created_at < :to
                        GROUP BY u.id, u.handle, u.display_name ORDER BY answers DESC, u.handle LIMIT :limit""")
                .param("from", from).param("to", to).param("limit", limit)
                .query((rs, n) -> new ExpertRow(rs.getLong("id"), rs.getString("handle"), rs.getString("display_name"),
                        rs.getLong("answers"), rs.getLong("first_answers"), rs.getLong("accepted")))
                .list();
    }

    /** Median time from a question to this expert's answer on it. */
    Optional<Duration> medianResponse(long expertId, long from, long to) {
        String where = """
                FROM posts a JOIN posts q ON q.id = a.parent_id
                WHERE a.post_type = 'answer' AND a.deleted = FALSE AND a.author_id = :expert
                  AND a.created_at >= :from AND a.created_at < :to""";
        long n = jdbc.sql("SELECT COUNT(*) " + where).param("expert", expertId).param("from", from).param("to", to)
                .query(Long.class).single();
        if (n == 0) {
            return Optional.empty();
        }
        List<Long> middle = jdbc.sql("SELECT a.created_at - q.created_at " + where
                        + " ORDER BY a.created_at - q.created_at LIMIT :n OFFSET :offset")
                .param("expert", expertId).param("from", from).param("to", to)
                .param("n", n % 2 == 0 ? 2 : 1).param("offset", (n - 1) / 2).query(Long.class).list();
        return Optional.of(Duration.ofMillis(middle.stream().mapToLong(Long::longValue).sum() / middle.size()));
    }
}
