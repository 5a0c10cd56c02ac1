package org.parley.search;

import java.util.List;

/**
 * A page of search results. {@code total} is exact when {@code totalIsExact}; past
 * {@link SearchService#EXACT_COUNT_UP_TO} matches counting stops and it is a lower bound.
 */
public record SearchResults(SearchQuery query, long total, boolean totalIsExact, List<SearchHit> items) {

    public long pageCount() {
        return (total + query.pageSize() - 1) / query.pageSize();
    }
}
