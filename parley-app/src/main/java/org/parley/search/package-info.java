/**
 * Search: for now the transactional outbox that records which questions changed; the Lucene index
 * and the indexer that drains the outbox build on it.
 */
package org.parley.search;
