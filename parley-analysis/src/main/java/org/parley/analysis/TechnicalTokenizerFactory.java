package org.parley.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link TechnicalTokenizer}; SPI name {@value #NAME}. Takes no arguments.
 *
 * <pre>{@code <tokenizer name="technical"/>}</pre>
 */
public class TechnicalTokenizerFactory extends TokenizerFactory {

    public static final String NAME = "technical";

    public TechnicalTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Only for SPI discovery. */
    public TechnicalTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public Tokenizer create(AttributeFactory factory) {
        return new TechnicalTokenizer(factory);
    }
}
