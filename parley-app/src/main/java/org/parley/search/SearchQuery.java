package org.parley.search;

import java.util.Locale;

import org.parley.problem.InvalidInput;

/**
 * A search as a reader asks it: the text (with its own syntax), filters and order.
 *
 * @param answered null for any, true for answered only, false for unanswered only
 */
public record SearchQuery(String text, String tag, Boolean answered, SearchSort sort, int page, int pageSize) {

    public static final int MAX_TEXT = 500;

    public enum SearchSort { RELEVANCE, NEWEST }

    public static SearchQuery parse(String q, String tag, String answered, String sort, Integer page, Integer pageSize) {
        String text = q == null ? "" : q.strip();
        SearchSort order = null;
        if (sort == null || sort.isBlank()) {
            order = SearchSort.RELEVANCE;
        } else {
            for (SearchSort s : SearchSort.values()) {
                if (s.name().equalsIgnoreCase(sort.strip())) {
                    order = s;
                }
            }
        }
        Boolean answeredFilter = answered == null || answered.isBlank() || "any".equalsIgnoreCase(answered) ? null
                : "true".equalsIgnoreCase(answered) || "yes".equalsIgnoreCase(answered) ? Boolean.TRUE
                : "false".equalsIgnoreCase(answered) || "no".equalsIgnoreCase(answered) ? Boolean.FALSE : null;
        int p = page == null ? 1 : page;
        int size = pageSize == null ? 20 : pageSize;
        new InvalidInput.Collector()
                .check(text.length() <= MAX_TEXT, "q", "must be at most " + MAX_TEXT + " characters")
                .check(order != null, "sort", "must be relevance or newest")
                .check(answered == null || answered.isBlank() || "any".equalsIgnoreCase(answered) || answeredFilter != null,
                        "answered", "must be true, false or any")
                .check(p >= 1 && p <= 1000, "page", "must be between 1 and 1000")
                .check(size >= 1 && size <= 100, "pageSize", "must be between 1 and 100")
                .throwIfAny();
        String normalizedTag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        return new SearchQuery(text, normalizedTag, answeredFilter, order, p, size);
    }
}
