package org.parley.search;

/** A thread in a ranking: its {@code thread} document, its question and its score in that ranking. */
record RankedThread(int doc, long questionId, double score) {
}
