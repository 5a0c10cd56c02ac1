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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The posts of an imported Parley store ({@code parley.db}), read for loading into the other engines, so every engine
 * searches the same text under the same ids: one row per live question or answer with its thread (the question's
 * id), the title on questions, the body followed by its comments (as Parley's post documents hold them), and the
 * thread's tags.
 */
final class ImportedPosts {

    /** One post as the other engines index it. */
    record Post(long postId, long threadId, String title, String body, List<String> tags) {
    }

    interface Sink {
        void accept(Post post) throws Exception;
    }

    private final Path database;

    ImportedPosts(Path dataDir) {
        this.database = dataDir.resolve("parley.db");
        if (!Files.isRegularFile(database)) {
            throw new IllegalArgumentException("no Parley store at " + database + "; import something first");
        }
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + database + "?open_mode=1");
    }

    /** Streams every live post, in id order; returns how many. */
    long forEach(Sink sink) throws Exception {
        long n = 0;
        try (Connection c = open(); Statement s = c.createStatement()) {
            // Comments come grouped per post, in the order Parley indexes them, joined by newlines.
            ResultSet rs = s.executeQuery("""
                    SELECT p.id, COALESCE(p.parent_id, p.id) AS thread_id, p.title, p.body_markdown,
                           (SELECT group_concat(body, char(10)) FROM (SELECT body FROM comments c
                             WHERE c.post_id = p.id AND c.deleted = FALSE ORDER BY c.created_at, c.id)) AS comments,
                           q.tags
                    FROM posts p JOIN posts q ON q.id = COALESCE(p.parent_id, p.id)
                    WHERE p.deleted = FALSE AND q.deleted = FALSE
                    ORDER BY p.id""");
            while (rs.next()) {
                String comments = rs.getString("comments");
                String body = rs.getString("body_markdown") + (comments == null ? "" : "\n" + comments);
                String tags = rs.getString("tags");
                sink.accept(new Post(rs.getLong("id"), rs.getLong("thread_id"), rs.getString("title"), body,
                        tags == null || tags.isBlank() ? List.of() : List.of(tags.strip().split("\\s+"))));
                n++;
            }
        }
        return n;
    }

    long count(String sql) throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    long livePosts() throws SQLException {
        return count("SELECT COUNT(*) FROM posts p JOIN posts q ON q.id = COALESCE(p.parent_id, p.id)"
                + " WHERE p.deleted = FALSE AND q.deleted = FALSE");
    }

    long liveQuestions() throws SQLException {
        return count("SELECT COUNT(*) FROM posts WHERE post_type = 'question' AND deleted = FALSE");
    }

    /**
     * The thread (question id) each source ref ended up in: a question's own id, an answer's question, a comment's
     * post's question. The same mapping as {@code parley eval} (IndexSourceStore.conversationsOf), so relevance is
     * judged per conversation for every engine alike. Refs that were never imported are left out.
     */
    Map<String, Long> threadsOf(Collection<String> refs) throws SQLException {
        Map<String, Long> byRef = new HashMap<>();
        try (Connection c = open();
             PreparedStatement posts = c.prepareStatement(
                     "SELECT COALESCE(parent_id, id) FROM posts WHERE source_ref = ?");
             PreparedStatement comments = c.prepareStatement("SELECT COALESCE(p.parent_id, p.id) FROM comments c"
                     + " JOIN posts p ON p.id = c.post_id WHERE c.source_ref = ?")) {
            for (String ref : refs) {
                for (PreparedStatement q : List.of(posts, comments)) {
                    q.setString(1, ref);
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next()) {
                            byRef.put(ref, rs.getLong(1));
                        }
                    }
                }
            }
        }
        return byRef;
    }

    /** Relevant threads of a labelled query, distinct, in the order of its refs. */
    List<Long> relevantThreads(List<String> refs) throws SQLException {
        Map<String, Long> threads = threadsOf(refs);
        List<Long> out = new ArrayList<>();
        for (String ref : refs) {
            Long t = threads.get(ref);
            if (t != null && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
