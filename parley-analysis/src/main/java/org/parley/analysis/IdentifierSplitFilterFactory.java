package org.parley.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link IdentifierSplitFilter}; SPI name {@value #NAME}. Argument {@code side}:
 * {@code index} (default) or {@code query}.
 *
 * <pre>{@code <filter name="identifierSplit" side="query"/>}</pre>
 */
public class IdentifierSplitFilterFactory extends TokenFilterFactory {

    public static final String NAME = "identifierSplit";

    private final AnalysisSide side;

    public IdentifierSplitFilterFactory(Map<String, String> args) {
        super(args);
        side = AnalysisSide.parse(get(args, "side", "index"));
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Only for SPI discovery. */
    public IdentifierSplitFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new IdentifierSplitFilter(input, side);
    }
}
