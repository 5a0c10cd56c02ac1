package org.parley.post;

import java.util.Locale;

import org.parley.problem.InvalidInput;

/** A page of a question list: which order, which tag, which page. */
public record QuestionQuery(QuestionSort sort, String tag, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 30;

    /** Whether the list holds only questions still waiting for an answer (and not closed). */
    public boolean unansweredOnly() {
        return sort == QuestionSort.UNANSWERED || sort == QuestionSort.OLDEST_UNANSWERED;
    }

    /** Parses what a client sent; every bad parameter is named in one answer. */
    public static QuestionQuery parse(String sort, String tag, Integer page, Integer pageSize) {
        QuestionSort parsedSort = null;
        if (sort == null || sort.isBlank()) {
            parsedSort = QuestionSort.NEWEST;
        } else {
            for (QuestionSort s : QuestionSort.values()) {
                if (s.name().equalsIgnoreCase(sort.strip())) {
                    parsedSort = s;
                }
            }
        }
        String normalizedTag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        int p = page == null ? 1 : page;
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        new InvalidInput.Collector()
                .check(parsedSort != null, "sort", "must be one of newest, active, unanswered, score")
                .check(normalizedTag == null || PostRules.TAG.matcher(normalizedTag).matches(), "tag", "is not a valid tag")
                .check(p >= 1 && p <= 100_000, "page", "must be between 1 and 100000")
                .check(size >= 1 && size <= MAX_PAGE_SIZE, "pageSize", "must be between 1 and " + MAX_PAGE_SIZE)
                .throwIfAny();
        return new QuestionQuery(parsedSort, normalizedTag, p, size);
    }
}
