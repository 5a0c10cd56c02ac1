package org.parley.search;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * One search as the search page runs it (top threads with title, best post and snippet), timed, for
 * {@code parley eval-latency}. It calls {@link SearchService} exactly as the page does and only adds a
 * clock around it, so what it measures is the page's search work without HTTP and templates.
 */
@Component
public class TimedSearch {

    private final SearchService search;

    TimedSearch(SearchService search) {
        this.search = search;
    }

    /** Which ranking to time: BM25 alone (what compares with database full-text search) or what users get. */
    public enum Ranking {
        LEXICAL(SearchService.Mode.LEXICAL), HYBRID(SearchService.Mode.HYBRID);

        private final SearchService.Mode mode;

        Ranking(SearchService.Mode mode) {
            this.mode = mode;
        }

        public static Ranking named(String name) {
            for (Ranking r : values()) {
                if (r.name().equalsIgnoreCase(name)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("ranking must be lexical or hybrid, not '" + name + "'");
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What one search returned and how long it took: the question ids in rank order, and the
     * characters of titles and snippets built (so the page's work is shown to have been done).
     */
    public record Timed(long nanos, long total, List<Long> questionIds, int textChars) {
    }

    /** Runs {@code text} (search-box syntax, at most {@link SearchQuery#MAX_TEXT} characters) for {@code size} results. */
    public Timed run(String text, Ranking ranking, int size) {
        SearchQuery query = SearchQuery.parse(text, null, null, "relevance", 1, size);
        long started = System.nanoTime();
        SearchResults results = search.search(query, ranking.mode);
        long nanos = System.nanoTime() - started;
        int chars = 0;
        for (SearchHit h : results.items()) {
            chars += h.title().length() + h.snippet().length();
        }
        return new Timed(nanos, results.total(), results.items().stream().map(SearchHit::questionId).toList(), chars);
    }
}
