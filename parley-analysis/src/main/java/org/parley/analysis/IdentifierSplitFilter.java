package org.parley.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits compound identifiers (camelCase, PascalCase, snake_case, SCREAMING_CASE, dotted,
 * {@code ::}, {@code ->} and {@code module!symbol}) into lowercased parts and keeps the whole
 * identifier, lowercased, as well.
 *
 * <p>Parts take consecutive positions and the whole identifier sits at the first part's position;
 * on the index side it is a graph edge whose position length covers all parts. So
 * {@code WdfRequestFormatRequestUsingCurrentType} indexes {@code format} and {@code request} next
 * to each other (the phrase "format request" matches) while a phrase running across the identifier
 * ("call WdfRequestSend twice") still matches through the parts.
 *
 * <p>{@link AnalysisSide#INDEX Index side} also emits every intermediate segment (module, symbol,
 * class, method: {@code fxioqueue::dispatchrequesttodriver}, {@code dispatchrequesttodriver}) so a
 * query for any of them matches one indexed term, plus a non-keyword copy of each part for a
 * following stemmer (prose "queues" then meets the part "queue"; follow the stemmer with
 * {@code RemoveDuplicatesTokenFilter}).
 *
 * <p>{@link AnalysisSide#QUERY Query side} emits only the whole and the parts, and gives the whole a
 * position length of 1, i.e. makes it a synonym of the first part instead of a graph edge over all
 * parts. A graph would be more precise, but QueryBuilder expands a graph phrase into one phrase per
 * path, and a pasted line with ten identifiers has over a thousand paths. Because the index always
 * holds the parts, "whole or first part, then the other parts in order" still finds every document
 * the whole identifier would.
 *
 * <p>Whole identifiers, segments and parts are keywords: stemmers leave {@code WdfRequestSend} and
 * {@code IRP_MN_QUERY_REMOVE_DEVICE} as written. Tokens that are already keywords (hex) or not
 * words are passed through, as are plain words.
 */
public final class IdentifierSplitFilter extends TokenFilter {

    /** Longer tokens (minified code, long paths) are kept whole rather than exploded. */
    static final int MAX_PARTS = 64;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);

    private final AnalysisSide side;
    private final IdentifierParts parts = new IdentifierParts();
    private final ArrayDeque<Emission> pending = new ArrayDeque<>();
    private State original;

    public IdentifierSplitFilter(TokenStream input, AnalysisSide side) {
        super(input);
        this.side = side;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending.isEmpty()) {
            if (!input.incrementToken()) {
                return false;
            }
            String type = typeAtt.type();
            if (keywordAtt.isKeyword()
                    || !(type.equals(TechnicalTokenTypes.WORD) || type.equals(TechnicalTokenTypes.FRAME))) {
                return true;
            }
            parts.split(termAtt.buffer(), termAtt.length());
            if (!parts.isCompound()) {
                return true;
            }
            original = captureState();
            plan(type);
        }
        emit(pending.poll());
        return true;
    }

    private void plan(String type) {
        int firstIncrement = posIncAtt.getPositionIncrement();
        int start = offsetAtt.startOffset();
        int end = offsetAtt.endOffset();
        // Offsets of parts are only meaningful if no char filter changed the token's length.
        boolean exact = end - start == termAtt.length();
        String wholeType = type.equals(TechnicalTokenTypes.FRAME) ? type : TechnicalTokenTypes.IDENTIFIER;
        int whole = parts.length();
        if (parts.size() > MAX_PARTS) {
            pending.add(new Emission(0, whole, wholeType, true, firstIncrement, 1, start, end));
            return;
        }
        int last = parts.size() - 1;
        for (int i = 0; i <= last; i++) {
            int increment = i == 0 ? firstIncrement : 1;
            if (i == 0) {
                int wholeLength = side == AnalysisSide.INDEX ? parts.size() : 1;
                pending.add(new Emission(0, whole, wholeType, true, increment, wholeLength, start, end));
                increment = 0;
            }
            if (side == AnalysisSide.INDEX) {
                increment = planSegmentsFrom(i, increment, exact, start, end);
            }
            int partStart = startOffset(i, exact, start);
            int partEnd = endOffset(i, exact, start, end);
            pending.add(new Emission(parts.start(i), parts.end(i), TechnicalTokenTypes.PART, true, increment, 1,
                    partStart, partEnd));
            if (side == AnalysisSide.INDEX) {
                pending.add(new Emission(parts.start(i), parts.end(i), TechnicalTokenTypes.PART, false, 0, 1,
                        partStart, partEnd));
            }
        }
    }

    /**
     * Plans the segments starting at part {@code first}: those spanning at least two parts, other
     * than the whole, at every strength. Coarser strengths cut fewer boundaries, so going from the
     * strongest separator to the weakest gives them longest first, the order a token graph needs.
     *
     * @return the increment for the next token at this position (0 once one was planned)
     */
    private int planSegmentsFrom(int first, int increment, boolean exact, int start, int end) {
        int previousLast = -1;
        for (int strength = IdentifierParts.QUALIFIER; strength < IdentifierParts.DIGITS; strength++) {
            int last = parts.segmentLast(first, strength);
            boolean whole = first == 0 && last == parts.size() - 1;
            if (last > first && !whole && last != previousLast) {
                pending.add(new Emission(parts.start(first), parts.end(last), TechnicalTokenTypes.SEGMENT, true,
                        increment, last - first + 1, startOffset(first, exact, start),
                        endOffset(last, exact, start, end)));
                increment = 0;
                previousLast = last;
            }
        }
        return increment;
    }

    /**
     * Tokens leaving one graph node must share a start offset and tokens reaching one node an end
     * offset (highlighters rely on it), so the outer parts stretch over leading or trailing
     * underscores ({@code _IRP}).
     */
    private int startOffset(int part, boolean exact, int start) {
        return exact && part > 0 ? start + parts.start(part) : start;
    }

    private int endOffset(int part, boolean exact, int start, int end) {
        return exact && part < parts.size() - 1 ? start + parts.end(part) : end;
    }

    private void emit(Emission emission) {
        restoreState(original);
        parts.writeLowerCase(emission.from(), emission.to(), termAtt);
        typeAtt.setType(emission.type());
        keywordAtt.setKeyword(emission.keyword());
        posIncAtt.setPositionIncrement(emission.increment());
        posLenAtt.setPositionLength(emission.length());
        offsetAtt.setOffset(emission.start(), emission.end());
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        original = null;
    }

    /** One token to emit: the lower-cased chars {@code from..to} of the identifier, and its attributes. */
    private record Emission(int from, int to, String type, boolean keyword, int increment, int length,
            int start, int end) {}
}
