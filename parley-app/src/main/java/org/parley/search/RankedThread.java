package org.parley.search;

/** A thread in a ranking: its question and its score in that ranking. */
record RankedThread(long questionId, double score) {
}
