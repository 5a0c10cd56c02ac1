package org.parley.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Runs text through an analyzer or a hand-built chain and records every token. */
final class TokenCapture {

    private TokenCapture() {}

    static List<AnalyzedToken> analyze(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            return drain(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tokenizes with {@link TechnicalTokenizer} and applies {@code filters} on top. */
    static List<AnalyzedToken> chain(String text, Function<TokenStream, TokenStream> filters) {
        Tokenizer tokenizer = new TechnicalTokenizer();
        tokenizer.setReader(new StringReader(text));
        try (TokenStream stream = filters.apply(tokenizer)) {
            return drain(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> terms(List<AnalyzedToken> tokens) {
        return tokens.stream().map(AnalyzedToken::term).toList();
    }

    static List<AnalyzedToken> at(List<AnalyzedToken> tokens, int position) {
        return tokens.stream().filter(t -> t.position() == position).toList();
    }

    private static List<AnalyzedToken> drain(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        TypeAttribute type = stream.addAttribute(TypeAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
        List<AnalyzedToken> tokens = new ArrayList<>();
        stream.reset();
        int position = -1;
        while (stream.incrementToken()) {
            position += increment.getPositionIncrement();
            tokens.add(new AnalyzedToken(term.toString(), type.type(), position, length.getPositionLength(),
                    offset.startOffset(), offset.endOffset(), keyword.isKeyword()));
        }
        stream.end();
        return tokens;
    }
}
