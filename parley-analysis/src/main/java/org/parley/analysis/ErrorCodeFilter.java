package org.parley.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds code keys ({@link ErrorCode#key()}, e.g. {@code ntstatus#c000000d}) after every spelling
 * of an error code, at the same position and with the same position length, so the key acts as a
 * synonym of the whole spelling: {@code STATUS_INVALID_PARAMETER}, {@code 0xC000000D} and
 * {@code c000000d} all carry {@code ntstatus#c000000d}.
 *
 * <p>On the {@link AnalysisSide#INDEX index} side a spelling also carries the keys one translation
 * away, so a post with {@code STATUS_INVALID_DEVICE_STATE} is indexed with
 * {@code win32#00000016} ({@code ERROR_BAD_COMMAND}) and a post with {@code ERROR_BAD_COMMAND}
 * with the keys of every status translating to it. The {@link AnalysisSide#QUERY query} side emits
 * only the spelling's own keys: expanding on both sides would make two statuses that merely share
 * a Win32 error match each other.
 *
 * <p>Expects hex in canonical form ({@link HexNormalizeFilter}). On the index side it runs after
 * {@link IdentifierSplitFilter}, so a key spans the same positions as the whole identifier it
 * stands for and is an alternative to all of its words. On the query side it runs before the split
 * and marks a recognised spelling as keyword: the query is then "this spelling or its key", both
 * at one position, and the split leaves it alone.
 */
public final class ErrorCodeFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);

    private final ErrorCodes codes;
    private final AnalysisSide side;
    /** Keys still to emit after the current spelling, from {@link #nextKey} on. */
    private List<String> pending = List.of();
    private int nextKey;
    private State spelling;

    public ErrorCodeFilter(TokenStream input, ErrorCodes codes, AnalysisSide side) {
        super(input);
        this.codes = codes;
        this.side = side;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (nextKey < pending.size()) {
            restoreState(spelling);
            termAtt.setEmpty().append(pending.get(nextKey++));
            posIncAtt.setPositionIncrement(0);
            typeAtt.setType(TechnicalTokenTypes.CODE);
            keywordAtt.setKeyword(true);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        ErrorCodes.CodeKeys keys = keysOfCurrentToken();
        if (keys != null) {
            if (side == AnalysisSide.QUERY) {
                // The key already stands for the spelling; splitting it into words would only add
                // alternatives that match less precisely.
                keywordAtt.setKeyword(true);
            }
            spelling = captureState();
            pending = side == AnalysisSide.INDEX ? keys.withTranslations() : keys.own();
            nextKey = 0;
        }
        return true;
    }

    private ErrorCodes.CodeKeys keysOfCurrentToken() {
        return switch (typeAtt.type()) {
            case TechnicalTokenTypes.HEX -> termAtt.length() == 8
                    ? codes.keysForLiteral(Long.parseLong(termAtt, 0, 8, 16)) : null;
            case TechnicalTokenTypes.NUM -> codes.keysForBareDecimal(termAtt);
            case TechnicalTokenTypes.IDENTIFIER, TechnicalTokenTypes.WORD ->
                    codes.keysForName(termAtt.buffer(), termAtt.length());
            default -> null;
        };
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = List.of();
        nextKey = 0;
        spelling = null;
    }
}
