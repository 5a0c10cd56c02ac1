/**
 * Search: a Lucene index under the data directory, owned by {@link org.parley.search.SearchIndex};
 * kept current from the transactional {@code search_outbox} by {@link org.parley.search.SearchIndexer};
 * rebuilt aside and swapped by {@link org.parley.search.IndexRebuild}, which also indexes a bulk import into an
 * empty store once at its end ({@link org.parley.search.BulkLoad}); queried by
 * {@link org.parley.search.SearchService} with the technical analysis of {@code parley-analysis}
 * and sentence vectors. Search listens to post events and reads the store; posts never call it.
 */
package org.parley.search;
