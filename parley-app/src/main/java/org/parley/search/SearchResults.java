package org.parley.search;

import java.util.List;

/** A page of search results. */
public record SearchResults(SearchQuery query, long total, List<SearchHit> items) {

    public long pageCount() {
        return (total + query.pageSize() - 1) / query.pageSize();
    }
}
