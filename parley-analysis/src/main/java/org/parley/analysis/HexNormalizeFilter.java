package org.parley.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Rewrites hex literals to one canonical form ({@link HexLiteral#canonical()}), so
 * {@code 0xC000000D}, {@code c000000d}, {@code C000000DL} and {@code 00000000`c000000d} are the same
 * term {@code c000000d}. The token is typed {@link TechnicalTokenTypes#HEX} and marked keyword so
 * that identifier splitting and stemming leave it alone. Recognition follows {@link HexLiteral};
 * anything else passes unchanged.
 */
public final class HexNormalizeFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    public HexNormalizeFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String type = typeAtt.type();
        if (keywordAtt.isKeyword()
                || !(type.equals(TechnicalTokenTypes.WORD) || type.equals(TechnicalTokenTypes.NUM))) {
            return true;
        }
        HexLiteral hex = HexLiteral.parse(termAtt.buffer(), termAtt.length());
        if (hex != null) {
            hex.writeCanonical(termAtt);
            typeAtt.setType(TechnicalTokenTypes.HEX);
            keywordAtt.setKeyword(true);
        }
        return true;
    }
}
