package org.parley.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link HexNormalizeFilter}; SPI name {@value #NAME}. Takes no arguments. */
public class HexNormalizeFilterFactory extends TokenFilterFactory {

    public static final String NAME = "hexNormalize";

    public HexNormalizeFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Only for SPI discovery. */
    public HexNormalizeFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new HexNormalizeFilter(input);
    }
}
