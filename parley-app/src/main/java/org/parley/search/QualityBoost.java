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

    /** The multiplier of one {@code thread} document, read from its doc values. */
    static double of(IndexReader reader, int doc) throws IOException {
        double v = 1.0;
        v += PER_LOG_VOTE * Math.log1p(Math.max(0, DocNumbers.of(reader, doc, IndexFields.SCORE, 0)));
        if (DocNumbers.of(reader, doc, IndexFields.ANSWER_COUNT, 0) > 0) {
            v += ANSWERED;
        }
        if (DocNumbers.of(reader, doc, IndexFields.ACCEPTED, 0) > 0) {
            v += ACCEPTED;
        }
        return v;
    }
}
