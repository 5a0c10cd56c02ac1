package org.parley.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Drops a token whose term already occurred at the same position, exactly as Lucene's
 * {@code RemoveDuplicatesTokenFilter} does (in the chain, a stemmed part copy equal to its
 * keyword part). That filter copies every term into a new array and clears a hash set at every
 * position, which made it the most expensive step of the chain; a position here holds one term
 * or a few (an identifier's whole, segments and parts, a code's keys), so they are kept end to
 * end in one reused buffer and compared one by one.
 */
final class SamePositionDuplicateFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);

    /** Terms seen at the current position, end to end; term {@code k} ends at {@code seenEnds[k]}. */
    private char[] seen = new char[256];
    private int[] seenEnds = new int[16];
    private int seenCount;

    SamePositionDuplicateFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            char[] term = termAtt.buffer();
            int length = termAtt.length();
            if (posIncAtt.getPositionIncrement() > 0) {
                seenCount = 0;
            } else if (seenHere(term, length)) {
                continue;
            }
            remember(term, length);
            return true;
        }
        return false;
    }

    private boolean seenHere(char[] term, int length) {
        int start = 0;
        for (int k = 0; k < seenCount; k++) {
            int end = seenEnds[k];
            if (end - start == length && Arrays.equals(seen, start, end, term, 0, length)) {
                return true;
            }
            start = end;
        }
        return false;
    }

    private void remember(char[] term, int length) {
        int start = seenCount == 0 ? 0 : seenEnds[seenCount - 1];
        if (start + length > seen.length) {
            seen = Arrays.copyOf(seen, Math.max(2 * seen.length, start + length));
        }
        if (seenCount == seenEnds.length) {
            seenEnds = Arrays.copyOf(seenEnds, 2 * seenCount);
        }
        System.arraycopy(term, 0, seen, start, length);
        seenEnds[seenCount++] = start + length;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        seenCount = 0;
    }
}
