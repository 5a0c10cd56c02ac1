package org.parley.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A database full-text search the benchmark compares Parley with: it loads the imported posts, then answers searches
 * with the search page's work (the top threads by their best post, each with its title and a highlighted snippet).
 */
interface FullTextEngine extends AutoCloseable {

    /** What loading took and left on disk. */
    record Loaded(long posts, long threads, long loadMillis, long indexMillis, long indexBytes, long totalBytes,
                  String what) {
    }

    /** One page of results: thread ids in rank order and the characters of titles and snippets built. */
    record Page(List<Long> threadIds, int textChars) {
    }

    String name();

    Loaded load(ImportedPosts posts) throws Exception;

    /** A search session for one thread (a connection). */
    Session open() throws Exception;

    /** Makes the next sessions cold (a restarted server, a fresh connection): the state a first search after start meets. */
    void makeCold() throws Exception;

    interface Session extends AutoCloseable {

        Page search(SearchQueries.Query query, int size) throws Exception;

        /** A labelled query's free text, its words OR-ed. */
        Page searchAnyWord(String text, int size) throws Exception;

        /** How many posts match (for describing the queries, not timed). */
        long matches(SearchQueries.Query query) throws Exception;

        /** Runs a {@code COUNT(*)} statement taking the search text, then the tag when there is one. */
        static long count(PreparedStatement count, String text, String tag) throws SQLException {
            count.setString(1, text);
            if (tag != null) {
                count.setString(2, tag);
            }
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        void close() throws Exception;
    }
}
