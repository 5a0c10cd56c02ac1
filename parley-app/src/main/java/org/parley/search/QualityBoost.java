package org.parley.search;

import java.io.IOException;

import org.apache.lucene.index.IndexReader;

/**
 * A small multiplier on a thread's text score for what the community already said about it:
 * answered and accepted threads and positive votes rank a little higher, never enough to lift a
 * poor text match over a good one.
 */
final class QualityBoost {

    static final double ANSWERED = 0.04;
    static final double ACCEPTED = 0.04;
    static final double PER_LOG_VOTE = 0.03;

    private QualityBoost() {
    }

    /** The multipliers of {@code thread} documents, read from their doc values. */
    static double[] of(IndexReader reader, int[] docs) throws IOException {
        long[] votes = DocNumbers.of(reader, docs, IndexFields.SCORE, 0);
        long[] answers = DocNumbers.of(reader, docs, IndexFields.ANSWER_COUNT, 0);
        long[] accepted = DocNumbers.of(reader, docs, IndexFields.ACCEPTED, 0);
        double[] boosts = new double[docs.length];
        for (int i = 0; i < docs.length; i++) {
            boosts[i] = 1.0 + PER_LOG_VOTE * Math.log1p(Math.max(0, votes[i]))
                    + (answers[i] > 0 ? ANSWERED : 0) + (accepted[i] > 0 ? ACCEPTED : 0);
        }
        return boosts;
    }
}
