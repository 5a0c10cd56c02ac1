package org.parley.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

/**
 * A generated corpus written straight into a migrated SQLite store: users, questions with tags,
 * answers (about 70 % of questions get at least one) and some accepted, spread over a year, with
 * technical-looking text. Deterministic for a given seed, so runs compare.
 */
final class Corpus {

    private static final List<String> TAGS = List.of("kmdf", "umdf", "wdm", "usb", "ndis", "power-management",
            "windbg", "pnp", "hid", "pci", "filter-driver", "inf", "wdk", "build", "debugging", "irp", "ioctl", "dma",
            "interrupts", "io-target");
    private static final List<String> WORDS = List.of("WdfRequestSend", "IoCallDriver", "STATUS_INVALID_PARAMETER",
            "0xC000000D", "surprise", "removal", "selective", "suspend", "queue", "completion", "routine", "device",
            "driver", "bugcheck", "0x9F", "DRIVER_POWER_STATE_FAILURE", "Wdf01000!FxIoQueue::DispatchRequestToDriver+0x445",
            "timeout", "cancel", "spinlock", "IRQL", "DISPATCH_LEVEL", "PASSIVE_LEVEL", "interrupt", "DPC", "buffer",
            "MDL", "URB", "pipe", "endpoint", "descriptor", "registry", "INF", "signing", "verifier", "hang", "crash",
            "memory", "pool", "tag", "leak", "target", "stack", "filter", "lower", "upper", "function", "miniport");

    private Corpus() {
    }

    /** Writes {@code posts} posts (questions and answers) into the SQLite store at {@code database}. */
    static void write(Path database, int posts, long seed) throws SQLException {
        Random random = new Random(seed);
        long yearAgo = System.currentTimeMillis() - 365L * 86_400_000;
        int users = Math.max(10, posts / 50);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=OFF");
            }
            c.setAutoCommit(false);
            try (PreparedStatement u = c.prepareStatement("INSERT INTO users (handle, display_name, role, placeholder, created_at, password_hash) VALUES (?, ?, ?, FALSE, ?, NULL)")) {
                for (int i = 0; i < users; i++) {
                    u.setString(1, "user" + i);
                    u.setString(2, "User " + i);
                    u.setString(3, i % 20 == 0 ? "expert" : "member");
                    u.setLong(4, yearAgo);
                    u.addBatch();
                }
                u.executeBatch();
            }
            try (PreparedStatement t = c.prepareStatement("INSERT INTO tags (name, question_count) VALUES (?, 0)")) {
                for (String tag : TAGS) {
                    t.setString(1, tag);
                    t.addBatch();
                }
                t.executeBatch();
            }
            long firstUserId = firstId(c, "users");
            PreparedStatement q = c.prepareStatement("""
                    INSERT INTO posts (post_type, parent_id, title, body_markdown, tags, author_id, created_at,
                                       last_activity_at, score, answer_count, accepted_answer_id, first_answer_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            PreparedStatement pt = c.prepareStatement("INSERT INTO post_tags (post_id, tag) VALUES (?, ?)");
            int written = 0;
            while (written < posts) {
                long asked = yearAgo + (long) (random.nextDouble() * 365 * 86_400_000L);
                List<String> tags = List.of(TAGS.get(random.nextInt(TAGS.size())), TAGS.get(random.nextInt(TAGS.size())))
                        .stream().distinct().toList();
                int answers = random.nextDouble() < 0.3 ? 0 : 1 + random.nextInt(3);
                answers = Math.max(0, Math.min(answers, posts - written - 1));
                long[] answerTimes = new long[answers];
                long when = asked;
                for (int a = 0; a < answers; a++) {
                    when += (long) (random.nextDouble() * 3 * 86_400_000L);
                    answerTimes[a] = when;
                }
                insert(q, "question", null, text(random, 8), text(random, 60), String.join(" ", tags),
                        firstUserId + random.nextInt(users), asked, random.nextInt(10), answers,
                        answers == 0 ? null : answerTimes[0]);
                long questionId = generatedId(q);
                for (String tag : tags) {
                    pt.setLong(1, questionId);
                    pt.setString(2, tag);
                    pt.addBatch();
                }
                written++;
                for (int a = 0; a < answers; a++) {
                    insert(q, "answer", questionId, null, text(random, 80), null, firstUserId + random.nextInt(users),
                            answerTimes[a], random.nextInt(5), 0, null);
                    written++;
                }
                if (written % 10_000 < 4) {
                    pt.executeBatch();
                    c.commit();
                }
            }
            pt.executeBatch();
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE tags SET question_count = (SELECT COUNT(*) FROM post_tags WHERE tag = tags.name)");
            }
            c.commit();
        }
    }

    private static void insert(PreparedStatement q, String type, Long parent, String title, String body, String tags,
                               long author, long at, int score, int answerCount, Long firstAnswerAt) throws SQLException {
        q.setString(1, type);
        q.setObject(2, parent);
        q.setString(3, title);
        q.setString(4, body);
        q.setString(5, tags);
        q.setLong(6, author);
        q.setLong(7, at);
        q.setLong(8, at);
        q.setInt(9, score);
        q.setInt(10, answerCount);
        q.setObject(11, null);
        q.setObject(12, firstAnswerAt);
        q.executeUpdate();
    }

    private static long generatedId(PreparedStatement q) throws SQLException {
        try (var keys = q.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static long firstId(Connection c, String table) throws SQLException {
        try (var rs = c.createStatement().executeQuery("SELECT MIN(id) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return b.toString();
    }
}
