package org.parley.analysis;

import java.util.Set;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Drops what a pasted stack or debugger session adds without meaning: prompts, column headers,
 * the address/argument columns of stack lines, {@code +0x445} offsets and 64-bit addresses
 * ({@code fffff800`01234567}, {@code 0xfffffa8004a3c060}). Offsets and addresses differ between
 * builds and boots, so matching on them would only find the same crash dump twice. The frame
 * itself ({@code Wdf01000!FxIoQueue::DispatchRequestToDriver}) passes through; identifier
 * splitting later yields its module and function tokens.
 *
 * <p>Dropped tokens leave position gaps (like stop words), so phrases never match across them.
 */
public final class StackFrameFilter extends FilteringTokenFilter {

    private static final Set<String> NOISE =
            Set.of(TechnicalTokenTypes.PROMPT, TechnicalTokenTypes.COLUMN, TechnicalTokenTypes.OFFSET);

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    public StackFrameFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        String type = typeAtt.type();
        if (NOISE.contains(type)) {
            return false;
        }
        if (!(type.equals(TechnicalTokenTypes.WORD) || type.equals(TechnicalTokenTypes.NUM))) {
            return true;
        }
        HexLiteral hex = HexLiteral.parse(termAtt.buffer(), termAtt.length());
        return hex == null || !hex.isAddress();
    }
}
