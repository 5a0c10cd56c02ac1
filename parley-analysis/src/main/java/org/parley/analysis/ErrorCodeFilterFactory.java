package org.parley.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link ErrorCodeFilter}; SPI name {@value #NAME}. Arguments: {@code side}
 * ({@code index}, the default, or {@code query}) and optionally {@code dictionary}, a resource in
 * the generated TSV format to use instead of the built-in dictionary.
 *
 * <pre>{@code <filter name="errorCode" side="index"/>}</pre>
 */
public class ErrorCodeFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

    public static final String NAME = "errorCode";

    private final AnalysisSide side;
    private final String dictionary;
    private ErrorCodes codes;

    public ErrorCodeFilterFactory(Map<String, String> args) {
        super(args);
        side = AnalysisSide.parse(get(args, "side", "index"));
        dictionary = get(args, "dictionary");
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
        if (dictionary == null) {
            codes = ErrorCodes.builtIn();
        }
    }

    /** Only for SPI discovery. */
    public ErrorCodeFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        if (dictionary != null) {
            try (InputStream in = loader.openResource(dictionary)) {
                codes = ErrorCodes.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public TokenStream create(TokenStream input) {
        if (codes == null) {
            throw new IllegalStateException("dictionary " + dictionary + " not loaded; call inform() first");
        }
        return new ErrorCodeFilter(input, codes, side);
    }
}
