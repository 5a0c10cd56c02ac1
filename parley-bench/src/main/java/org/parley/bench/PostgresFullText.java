package org.parley.bench;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * PostgreSQL full-text search as Discourse-like forums do it: one row per post with a stored generated
 * {@code tsvector} (the title weighted A above the body's B, English configuration), a GIN index over it, matches
 * ranked by {@code ts_rank} and grouped to threads by their best post; the top ten threads with their titles and a
 * {@code ts_headline} of the best post, in one statement. Rows are loaded with {@code COPY}. Everything lives in its
 * own schema, dropped on close.
 */
final class PostgresFullText implements FullTextEngine {

    private static final String HEADLINE = "'MaxFragments=1, MaxWords=35, MinWords=15, StartSel=<mark>, StopSel=</mark>'";
    private static final String TAG_FILTER = " AND p.thread_id IN (SELECT thread_id FROM thread_tags WHERE tag = ?)";

    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final PostgresServer server;

    /** On a server the benchmark started ({@code server} restarts it for cold runs) or on one it was given (null). */
    PostgresFullText(String url, String user, String password, String schema, PostgresServer server) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.server = server;
    }

    @Override
    public String name() {
        return "PostgreSQL FTS";
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path = " + schema);
        }
        return c;
    }

    @Override
    public Loaded load(ImportedPosts source) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        long[] counts = new long[2];
        long loadMillis;
        long indexMillis;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE posts (
                        post_id   bigint PRIMARY KEY,
                        thread_id bigint NOT NULL,
                        title     text,
                        body      text   NOT NULL,
                        tsv       tsvector GENERATED ALWAYS AS (
                            setweight(to_tsvector('english', coalesce(title, '')), 'A')
                            || setweight(to_tsvector('english', body), 'B')) STORED)""");
            s.execute("CREATE TABLE thread_tags (tag text NOT NULL, thread_id bigint NOT NULL, PRIMARY KEY (tag, thread_id))");
            long started = System.nanoTime();
            List<String[]> tags = new ArrayList<>();
            CopyIn copy = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI()
                    .copyIn("COPY posts (post_id, thread_id, title, body) FROM STDIN");
            try (Writer out = new java.io.OutputStreamWriter(new java.io.BufferedOutputStream(
                    new PGCopyOutputStream(copy), 1 << 16), java.nio.charset.StandardCharsets.UTF_8)) {
                counts[0] = source.forEach(p -> {
                    out.write(p.postId() + "\t" + p.threadId() + "\t" + copyText(p.title()) + "\t" + copyText(p.body()) + "\n");
                    if (p.postId() == p.threadId()) {
                        counts[1]++;
                        for (String t : p.tags()) {
                            tags.add(new String[] {t, Long.toString(p.threadId())});
                        }
                    }
                });
            }
            try (PreparedStatement tag = c.prepareStatement("INSERT INTO thread_tags VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (String[] t : tags) {
                    tag.setString(1, t[0]);
                    tag.setLong(2, Long.parseLong(t[1]));
                    tag.addBatch();
                }
                tag.executeBatch();
            }
            loadMillis = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            s.execute("CREATE INDEX posts_tsv ON posts USING gin (tsv)");
            s.execute("ANALYZE posts");
            s.execute("ANALYZE thread_tags");
            indexMillis = (System.nanoTime() - started) / 1_000_000;
            s.execute("CHECKPOINT");
            long gin = size(s, "SELECT pg_relation_size('posts_tsv')");
            long total = size(s, "SELECT pg_total_relation_size('posts') + pg_total_relation_size('thread_tags')");
            return new Loaded(counts[0], counts[1], loadMillis, indexMillis, gin, total,
                    "COPY into the table (computing the stored tsvector), then CREATE INDEX ... USING gin and ANALYZE;"
                            + " size: the GIN index, and the tables with all their indexes, TOAST and text");
        }
    }

    private static long size(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** COPY's text format: backslash, tab and line breaks escaped; \N is null. */
    private static String copyText(String s) {
        if (s == null) {
            return "\\N";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\0' -> { }
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    @Override
    public Session open() throws SQLException {
        return new PostgresSession(connect());
    }

    @Override
    public void makeCold() throws IOException, InterruptedException {
        if (server != null) {
            server.restart();   // empty shared buffers and fresh backends; the OS page cache stays warm
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static final class PostgresSession implements Session {

        private final Connection c;
        private final PreparedStatement plain;
        private final PreparedStatement tagged;
        private final PreparedStatement counting;
        private final PreparedStatement countingTagged;

        PostgresSession(Connection c) throws SQLException {
            this.c = c;
            this.plain = c.prepareStatement(search(""));
            this.tagged = c.prepareStatement(search(TAG_FILTER));
            this.counting = c.prepareStatement(count(""));
            this.countingTagged = c.prepareStatement(count(TAG_FILTER));
        }

        /** Each thread's best post by ts_rank, the best threads, then titles and headlines of those ten only. */
        private static String search(String filter) {
            return """
                    WITH q AS (SELECT websearch_to_tsquery('english', ?) AS q),
                    best AS (
                        SELECT DISTINCT ON (p.thread_id) p.thread_id, p.post_id, ts_rank(p.tsv, q.q) AS rank
                        FROM posts p, q WHERE p.tsv @@ q.q %s
                        ORDER BY p.thread_id, rank DESC),
                    top AS (SELECT * FROM best ORDER BY rank DESC, thread_id LIMIT ?)
                    SELECT top.thread_id, t.title, ts_headline('english', b.body, q.q, %s) AS snippet
                    FROM top JOIN posts b ON b.post_id = top.post_id JOIN posts t ON t.post_id = top.thread_id, q
                    ORDER BY top.rank DESC, top.thread_id""".formatted(filter, HEADLINE);
        }

        private static String count(String filter) {
            return "SELECT COUNT(*) FROM posts p WHERE p.tsv @@ websearch_to_tsquery('english', ?)" + filter;
        }

        @Override
        public Page search(SearchQueries.Query query, int size) throws SQLException {
            return page(query.websearch(), query.tag(), size);
        }

        @Override
        public Page searchAnyWord(String text, int size) throws SQLException {
            return page(SearchQueries.websearchAnyWord(text), null, size);
        }

        private Page page(String websearch, String tag, int size) throws SQLException {
            PreparedStatement p = tag == null ? plain : tagged;
            p.setString(1, websearch);
            int i = 2;
            if (tag != null) {
                p.setString(i++, tag);
            }
            p.setInt(i, size);
            List<Long> threads = new ArrayList<>();
            int chars = 0;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    threads.add(rs.getLong(1));
                    chars += (rs.getString(2) == null ? 0 : rs.getString(2).length()) + rs.getString(3).length();
                }
            }
            return new Page(threads, chars);
        }

        @Override
        public long matches(SearchQueries.Query query) throws SQLException {
            return Session.count(query.tag() == null ? counting : countingTagged, query.websearch(), query.tag());
        }

        @Override
        public void close() throws SQLException {
            c.close();
        }
    }
}
