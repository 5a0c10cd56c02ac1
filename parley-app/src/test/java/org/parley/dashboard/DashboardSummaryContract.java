package org.parley.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.parley.post.AnswerService;
import org.parley.post.AskQuestion;
import org.parley.post.Post;
import org.parley.post.PostEdit;
import org.parley.post.PostEditing;
import org.parley.post.QuestionService;
import org.parley.problem.ParleyProblem;
import org.parley.user.Actor;
import org.parley.user.NewAccount;
import org.parley.user.Role;
import org.parley.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summary kept up change by change must give exactly the figures computed from scratch from the
 * posts ({@link FiguresFromPosts}, the dashboard's queries before the summary), and must equal the
 * summary rebuilt from the posts, after a random run of asks, answers, accepts, deletes, undeletes,
 * duplicates, reopenings and retaggings, with imported times out of order, answers dated before
 * their question, ties, waits of exactly 24 hours and 7 days, and posts dated after "now".
 * Runs on SQLite and on PostgreSQL.
 */
@SpringBootTest(properties = {"parley.security.bcrypt-strength=4", "logging.level.org.parley=WARN",
        "parley.search.indexer-enabled=false"})
@Import(DashboardSummaryContract.FixedTime.class)
abstract class DashboardSummaryContract {

    /** Monday 2026-11-23; the run's posts fall around the ten weeks before it and a few days after. */
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final long HOUR = 3_600_000;
    private static final long DAY = 24 * HOUR;
    private static final List<String> TAGS = List.of("alpha", "beta", "gamma", "delta", "c++", "x-ray", "kmdf");
    private static final List<String> TABLES = List.of(
            "SELECT question_id, scope, asked_at, duplicate, first_answer_at, wait, wait_bucket, settled_at"
                    + " FROM dashboard_questions ORDER BY question_id, scope",
            "SELECT scope, week, asked, questions, answered, within_day, within_week, settled FROM dashboard_weeks"
                    + " ORDER BY scope, week",
            "SELECT scope, week, bucket, questions FROM dashboard_waits ORDER BY scope, week, bucket",
            "SELECT answer_id, question_id, author_id, answered_at, response, first_answer, accepted"
                    + " FROM dashboard_answers ORDER BY answer_id",
            "SELECT author_id, week, answers, first_answers, accepted FROM dashboard_answerers ORDER BY author_id, week");

    @TestConfiguration
    static class FixedTime {
        @Bean
        @Primary
        DashboardIntegrationTests.SettableClock testClock() {
            return new DashboardIntegrationTests.SettableClock();
        }
    }

    @Autowired
    DashboardIntegrationTests.SettableClock clock;
    @Autowired
    UserService users;
    @Autowired
    QuestionService questions;
    @Autowired
    AnswerService answers;
    @Autowired
    PostEditing editing;
    @Autowired
    BacklogDashboard dashboard;
    @Autowired
    DashboardSummary summary;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final Random random = new Random(20261125);
    private final List<Long> questionIds = new ArrayList<>();
    private final Map<Long, Long> askedAt = new LinkedHashMap<>();
    private final List<Long> answerIds = new ArrayList<>();
    private final Map<Long, Long> answeredAt = new LinkedHashMap<>();
    private final Set<Long> deleted = new HashSet<>();
    private List<Actor> askers;
    private List<Actor> answerers;
    private Actor moderator;
    private Actor expert;

    @Test
    void summaryKeptChangeByChangeEqualsTheFiguresFromScratchAndARebuild() {
        for (String handle : List.of("ann", "bob", "cat")) {
            users.create(new NewAccount(handle, "Member " + handle, "a password here", null, Role.MEMBER));
        }
        for (String handle : List.of("eve", "fay", "gus")) {
            users.create(new NewAccount(handle, "Expert " + handle, "a password here", null, Role.EXPERT));
        }
        users.create(new NewAccount("mod", "Moderator", "a password here", null, Role.MODERATOR));
        askers = List.of(actor("ann"), actor("bob"), actor("cat"), actor("eve"));
        answerers = List.of(actor("ann"), actor("bob"), actor("eve"), actor("fay"), actor("gus"), actor("mod"));
        moderator = actor("mod");
        expert = actor("eve");
        TransactionTemplate batch = new TransactionTemplate(transactions);

        for (int step = 1; step <= 360; step++) {
            if (step % 40 == 0) {
                // An import batch: a thread in one transaction, its question refreshed once at commit.
                // (A refusal would roll the whole batch back, so only changes that cannot be refused.)
                batch.executeWithoutResult(status -> {
                    ask();
                    answer(questionIds.getLast());
                    answer(questionIds.getLast());
                    answers.accept(moderator, answerIds.getLast());
                });
            } else {
                randomChange();
            }
            if (step % 90 == 0) {
                assertFiguresMatch();
            }
        }
        assertFiguresMatch();
        assertThat(summaryTables()).isEqualTo(rebuiltTables());
    }

    @Test
    void startUpRebuildsASummaryOutOfStepWithThePosts() {
        users.create(new NewAccount("ida", "Ida", "a password here", null, Role.EXPERT));
        Actor ida = actor("ida");
        clock.set("2026-11-20T10:00:00Z");
        Post q = questions.ask(ida, new AskQuestion("A question asked before the summary broke", "Body.", List.of("alpha")));
        answers.answer(ida, q.id(), "An answer.");
        jdbc.sql("DELETE FROM dashboard_questions WHERE question_id = :id").param("id", q.id()).update();

        summary.afterSingletonsInstantiated();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM dashboard_questions WHERE question_id = :id").param("id", q.id())
                .query(Long.class).single()).isEqualTo(2);
        clock.set(NOW.toString());
        assertThat(dashboard.figures(ida, 3)).isEqualTo(new FiguresFromPosts(jdbc).figures(3, NOW));
    }

    private void randomChange() {
        int kind = random.nextInt(100);
        try {
            if (kind < 28 || questionIds.isEmpty()) {
                ask();
            } else if (kind < 62) {
                answer();
            } else if (kind < 70) {
                accept();
            } else if (kind < 73) {
                unaccept();
            } else if (kind < 81) {
                delete();
            } else if (kind < 87) {
                undelete();
            } else if (kind < 91) {
                closeAsDuplicate();
            } else if (kind < 94) {
                reopen();
            } else {
                retag();
            }
        } catch (ParleyProblem refused) {
            // Answering a deleted or closed question, accepting a deleted answer and the like: refused, as in life.
        }
    }

    private void ask() {
        // Mostly within the ten weeks before now, some before them (backlog carried in), some after now.
        long at = NOW.toEpochMilli() - (long) (random.nextDouble() * 84 * DAY) + 4 * DAY;
        List<String> tags = new ArrayList<>(new HashSet<>(List.of(pick(TAGS), pick(TAGS), pick(TAGS)))
                .stream().limit(1 + random.nextInt(3)).toList());
        Post q = questions.ask(pick(askers), new AskQuestion("Question number " + (questionIds.size() + 1) + " here",
                "Body.", tags, null, Instant.ofEpochMilli(at)));
        questionIds.add(q.id());
        askedAt.put(q.id(), at);
    }

    private void answer() {
        answer(pick(questionIds));
    }

    private void answer(long questionId) {
        long asked = askedAt.get(questionId);
        long wait = switch (random.nextInt(12)) {
            case 0 -> -HOUR;                                     // dated before the question (an import)
            case 1 -> 0;
            case 2 -> DAY;                                       // exactly 24 h: within a day
            case 3 -> 7 * DAY;                                   // exactly 7 days
            case 4 -> DAY + 1;
            case 5 -> answeredAt.isEmpty() ? HOUR : answeredAt.get(pick(answerIds)) - asked;  // a tie, maybe
            case 6, 7 -> (long) (random.nextDouble() * 3 * HOUR);
            case 8, 9 -> (long) (random.nextDouble() * 3 * DAY);
            default -> (long) (random.nextDouble() * 20 * DAY);
        };
        Post a = answers.answer(pick(answerers), questionId, "An answer.", null, Instant.ofEpochMilli(asked + wait));
        answerIds.add(a.id());
        answeredAt.put(a.id(), asked + wait);
    }

    private void accept() {
        if (!answerIds.isEmpty()) {
            answers.accept(moderator, pick(answerIds));
        }
    }

    private void unaccept() {
        if (!answerIds.isEmpty()) {
            answers.unaccept(moderator, pick(answerIds));
        }
    }

    private void delete() {
        long id = random.nextBoolean() || answerIds.isEmpty() ? pick(questionIds) : pick(answerIds);
        editing.delete(moderator, id);
        deleted.add(id);
    }

    private void undelete() {
        if (!deleted.isEmpty()) {
            long id = pick(new ArrayList<>(deleted));
            deleted.remove(id);
            editing.undelete(moderator, id);
        }
    }

    private void closeAsDuplicate() {
        editing.closeAsDuplicate(expert, pick(questionIds), pick(questionIds));
    }

    private void reopen() {
        editing.reopen(expert, pick(questionIds));
    }

    private void retag() {
        editing.edit(moderator, pick(questionIds), new PostEdit(null, null, List.of(pick(TAGS), pick(TAGS)), "retag"));
    }

    /** Periods of several lengths, at now, at a week's first millisecond, and at the times of some posts. */
    private void assertFiguresMatch() {
        FiguresFromPosts scratch = new FiguresFromPosts(jdbc);
        List<Instant> times = new ArrayList<>(List.of(NOW, Instant.parse("2026-11-23T00:00:00Z"),
                Instant.parse("2026-11-29T23:59:59.999Z"), Instant.parse("2026-11-16T00:00:00.001Z")));
        times.add(Instant.ofEpochMilli(askedAt.get(pick(questionIds))));
        if (!answerIds.isEmpty()) {
            times.add(Instant.ofEpochMilli(answeredAt.get(pick(answerIds))));
        }
        for (Instant now : times) {
            clock.set(now.toString());
            for (int weeks : List.of(1, 2, 5, 13)) {
                assertThat(dashboard.figures(moderator, weeks)).as("%d weeks at %s", weeks, now)
                        .isEqualTo(scratch.figures(weeks, now));
            }
        }
        clock.set(NOW.toString());
    }

    private List<List<Map<String, Object>>> summaryTables() {
        List<List<Map<String, Object>>> tables = new ArrayList<>();
        for (String sql : TABLES) {
            tables.add(jdbc.sql(sql).query().listOfRows().stream().map(DashboardSummaryContract::normalized).toList());
        }
        return tables;
    }

    private List<List<Map<String, Object>>> rebuiltTables() {
        summary.rebuild();
        return summaryTables();
    }

    /** Numbers as longs and booleans as 0/1, so SQLite's and PostgreSQL's column types compare alike. */
    private static Map<String, Object> normalized(Map<String, Object> row) {
        Map<String, Object> out = new TreeMap<>();
        row.forEach((column, value) -> out.put(column.toLowerCase(java.util.Locale.ROOT),
                value instanceof Boolean b ? (b ? 1L : 0L) : value instanceof Number n ? (Object) n.longValue() : value));
        return out;
    }

    private Actor actor(String handle) {
        return users.find(handle).asActor();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
