package org.parley.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SQLite FTS5 ranked by {@code bm25()}, as lightweight forums search: one row per post in an FTS5 table (title and
 * body columns, the title weighted 2 to the body's 1, Porter stemming over the {@code unicode61} tokenizer), the
 * thread's tags in a plain table for the tag filter. A search takes each thread's best post by bm25, the best ten
 * threads, then their titles and FTS5 {@code snippet()}s of the best posts.
 */
final class SqliteFullText implements FullTextEngine {

    private static final String RANK = "bm25(posts, 2.0, 1.0)";
    private static final String TAG_FILTER = " AND thread_id IN (SELECT thread_id FROM thread_tags WHERE tag = ?)";

    private final Path file;

    SqliteFullText(Path dir) {
        this.file = dir.resolve("fts5.db");
    }

    @Override
    public String name() {
        return "SQLite FTS5";
    }

    @Override
    public Loaded load(ImportedPosts source) throws Exception {
        Files.deleteIfExists(file);
        long started = System.nanoTime();
        long[] counts = new long[2];
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE posts USING fts5(title, body, thread_id UNINDEXED,"
                    + " tokenize = 'porter unicode61 remove_diacritics 2')");
            s.execute("CREATE TABLE thread_tags (tag TEXT NOT NULL, thread_id INTEGER NOT NULL,"
                    + " PRIMARY KEY (tag, thread_id)) WITHOUT ROWID");
            c.setAutoCommit(false);
            try (PreparedStatement post = c.prepareStatement(
                    "INSERT INTO posts (rowid, title, body, thread_id) VALUES (?, ?, ?, ?)");
                 PreparedStatement tag = c.prepareStatement("INSERT OR IGNORE INTO thread_tags VALUES (?, ?)")) {
                counts[0] = source.forEach(p -> {
                    post.setLong(1, p.postId());
                    post.setString(2, p.title());
                    post.setString(3, p.body());
                    post.setLong(4, p.threadId());
                    post.executeUpdate();
                    if (p.postId() == p.threadId()) {
                        counts[1]++;
                        for (String t : p.tags()) {
                            tag.setString(1, t);
                            tag.setLong(2, p.threadId());
                            tag.executeUpdate();
                        }
                    }
                });
            }
            c.commit();
            c.setAutoCommit(true);
            // Merges the segments FTS5 wrote while loading into one b-tree, as an operator would after a bulk load.
            s.execute("INSERT INTO posts(posts) VALUES ('optimize')");
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long bytes = Files.size(file);
        return new Loaded(counts[0], counts[1], millis, 0, bytes, bytes,
                "inserts into the FTS5 table (indexing as rows arrive) and 'optimize'; size: the database file, text included");
    }

    @Override
    public Session open() throws SQLException {
        return new SqliteSession(DriverManager.getConnection("jdbc:sqlite:" + file + "?open_mode=1"));
    }

    @Override
    public void makeCold() {
        // Each session is a new connection with an empty page cache; nothing else is kept between sessions.
    }

    @Override
    public void close() {
    }

    private static final class SqliteSession implements Session {

        private final Connection c;
        private final Map<String, PreparedStatement> statements = new HashMap<>();

        SqliteSession(Connection c) {
            this.c = c;
        }

        private PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement p = statements.get(sql);
            if (p == null) {
                p = c.prepareStatement(sql);
                statements.put(sql, p);
            }
            return p;
        }

        @Override
        public Page search(SearchQueries.Query query, int size) throws SQLException {
            return page(query.fts5(), query.tag(), size);
        }

        @Override
        public Page searchAnyWord(String text, int size) throws SQLException {
            String match = SearchQueries.fts5AnyWord(text);
            return match == null ? new Page(List.of(), 0) : page(match, null, size);
        }

        private Page page(String match, String tag, int size) throws SQLException {
            // FTS5 refuses bm25() inside an aggregate, so the scores are materialised first; the bare post_id next
            // to min() is then the post with the best score in each thread (SQLite's min/max rule).
            PreparedStatement top = statement("WITH m AS MATERIALIZED (SELECT thread_id, rowid AS post_id, " + RANK
                    + " AS score FROM posts WHERE posts MATCH ?" + (tag == null ? "" : TAG_FILTER) + ")"
                    + " SELECT thread_id, post_id, min(score) AS best FROM m GROUP BY thread_id"
                    + " ORDER BY best, thread_id LIMIT ?");
            top.setString(1, match);
            int i = 2;
            if (tag != null) {
                top.setString(i++, tag);
            }
            top.setInt(i, size);
            List<Long> threads = new ArrayList<>();
            List<Long> best = new ArrayList<>();
            try (ResultSet rs = top.executeQuery()) {
                while (rs.next()) {
                    threads.add(rs.getLong(1));
                    best.add(rs.getLong(2));
                }
            }
            if (threads.isEmpty()) {
                return new Page(threads, 0);
            }
            int chars = 0;
            String marks = "?,".repeat(threads.size() - 1) + "?";
            PreparedStatement snippets = statement("SELECT snippet(posts, 1, '<mark>', '</mark>', '…', 32) FROM posts"
                    + " WHERE posts MATCH ? AND rowid IN (" + marks + ")");
            snippets.setString(1, match);
            for (int k = 0; k < best.size(); k++) {
                snippets.setLong(k + 2, best.get(k));
            }
            try (ResultSet rs = snippets.executeQuery()) {
                while (rs.next()) {
                    chars += rs.getString(1).length();
                }
            }
            PreparedStatement titles = statement("SELECT title FROM posts WHERE rowid IN (" + marks + ")");
            for (int k = 0; k < threads.size(); k++) {
                titles.setLong(k + 1, threads.get(k));
            }
            try (ResultSet rs = titles.executeQuery()) {
                while (rs.next()) {
                    chars += rs.getString(1) == null ? 0 : rs.getString(1).length();
                }
            }
            return new Page(threads, chars);
        }

        @Override
        public long matches(SearchQueries.Query query) throws SQLException {
            return Session.count(statement("SELECT COUNT(*) FROM posts WHERE posts MATCH ?"
                    + (query.tag() == null ? "" : TAG_FILTER)), query.fts5(), query.tag());
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement p : statements.values()) {
                p.close();
            }
            c.close();
        }
    }
}
