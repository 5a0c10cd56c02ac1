package org.parley.search;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A small multiplier on a thread's text score for what the community already said about it:
 * answered and accepted threads and positive votes rank a little higher, never enough to lift a
 * poor text match over a good one.
 */
final class QualityBoost extends DoubleValuesSource {

    static final double ANSWERED = 0.04;
    static final double ACCEPTED = 0.04;
    static final double PER_LOG_VOTE = 0.03;

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues score = DocValues.getNumeric(ctx.reader(), IndexFields.SCORE);
        SortedNumericDocValues answers = DocValues.getSortedNumeric(ctx.reader(), IndexFields.ANSWER_COUNT);
        SortedNumericDocValues accepted = DocValues.getSortedNumeric(ctx.reader(), IndexFields.ACCEPTED);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                double v = 1.0;
                if (score.advanceExact(doc)) {
                    v += PER_LOG_VOTE * Math.log1p(Math.max(0, score.longValue()));
                }
                if (answers.advanceExact(doc) && answers.nextValue() > 0) {
                    v += ANSWERED;
                }
                if (accepted.advanceExact(doc) && accepted.nextValue() > 0) {
                    v += ACCEPTED;
                }
                value = v;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, IndexFields.SCORE, IndexFields.ANSWER_COUNT, IndexFields.ACCEPTED);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QualityBoost;
    }

    @Override
    public int hashCode() {
        return QualityBoost.class.hashCode();
    }

    @Override
    public String toString() {
        return "quality(score, answered, accepted)";
    }
}
