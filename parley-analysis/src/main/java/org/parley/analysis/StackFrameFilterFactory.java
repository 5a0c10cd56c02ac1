package org.parley.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link StackFrameFilter}; SPI name {@value #NAME}. Takes no arguments. */
public class StackFrameFilterFactory extends TokenFilterFactory {

    public static final String NAME = "stackFrame";

    public StackFrameFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Only for SPI discovery. */
    public StackFrameFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new StackFrameFilter(input);
    }
}
