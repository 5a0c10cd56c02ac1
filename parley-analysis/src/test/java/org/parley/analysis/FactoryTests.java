package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SPI factories assemble the same chain a Solr schema would. */
class FactoryTests {

    private static final String SAMPLE = String.join("\n",
            "The driver's queues call WdfRequestFormatRequestUsingCurrentType and get 0xC000000D,",
            "i.e. STATUS_INVALID_PARAMETER / ERROR_BAD_COMMAND, IRPs pending.",
            "0: kd> kn",
            "00 fffff800`01234567 fffff800`0abcdef0 Wdf01000!FxIoQueue::DispatchRequestToDriver+0x445",
            "Bug check 0x9F's first parameter, fffff800`0123abcd's pool.");

    private static CustomAnalyzer custom(AnalysisSide side) throws IOException {
        String sideName = side.name().toLowerCase(Locale.ROOT);
        return CustomAnalyzer.builder()
                .withTokenizer(TechnicalTokenizerFactory.NAME)
                .addTokenFilter("englishPossessive")
                .addTokenFilter(StackFrameFilterFactory.NAME)
                .addTokenFilter(HexNormalizeFilterFactory.NAME)
                .addTokenFilter("stop", "ignoreCase", "true")
                .addTokenFilter(side == AnalysisSide.INDEX ? IdentifierSplitFilterFactory.NAME : ErrorCodeFilterFactory.NAME,
                        "side", sideName)
                .addTokenFilter(side == AnalysisSide.INDEX ? ErrorCodeFilterFactory.NAME : IdentifierSplitFilterFactory.NAME,
                        "side", sideName)
                .addTokenFilter("lowercase")
                .addTokenFilter("porterStem")
                .addTokenFilter("removeDuplicates")
                .build();
    }

    @Test
    void registersEveryFactoryUnderItsName() {
        assertThat(TokenizerFactory.availableTokenizers()).contains(TechnicalTokenizerFactory.NAME);
        assertThat(TokenFilterFactory.availableTokenFilters()).contains(StackFrameFilterFactory.NAME,
                HexNormalizeFilterFactory.NAME, IdentifierSplitFilterFactory.NAME, ErrorCodeFilterFactory.NAME);
        assertThat(TokenFilterFactory.lookupClass(ErrorCodeFilterFactory.NAME)).isEqualTo(ErrorCodeFilterFactory.class);
    }

    @ParameterizedTest
    @EnumSource(AnalysisSide.class)
    void factoryChainMatchesTheAnalyzers(AnalysisSide side) throws IOException {
        try (Analyzer fromFactories = custom(side);
                Analyzer direct = side == AnalysisSide.INDEX ? new TechnicalTextAnalyzer() : new TechnicalQueryAnalyzer()) {
            List<AnalyzedToken> expected = TokenCapture.analyze(direct, SAMPLE);
            assertThat(TokenCapture.analyze(fromFactories, SAMPLE)).isEqualTo(expected);
            assertThat(expected).hasSizeGreaterThan(30);
        }
    }

    @Test
    void errorCodeFactoryLoadsAnAlternativeDictionary() throws IOException {
        try (Analyzer analyzer = CustomAnalyzer.builder()
                .withTokenizer(TechnicalTokenizerFactory.NAME)
                .addTokenFilter(HexNormalizeFilterFactory.NAME)
                .addTokenFilter(IdentifierSplitFilterFactory.NAME)
                .addTokenFilter(ErrorCodeFilterFactory.NAME, "dictionary", "org/parley/analysis/test-codes.tsv")
                .build()) {
            assertThat(TokenCapture.analyze(analyzer, "STATUS_PARLEY_TEST 0xC000000D"))
                    .filteredOn(t -> t.type().equals(TechnicalTokenTypes.CODE)).extracting(AnalyzedToken::term)
                    .containsExactly("ntstatus#c0de0001", "win32#00000001");
        }
    }

    @Test
    void rejectsUnknownArguments() {
        assertThatThrownBy(() -> new StackFrameFilterFactory(new HashMap<>(Map.of("x", "1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown parameters");
        assertThatThrownBy(() -> new IdentifierSplitFilterFactory(new HashMap<>(Map.of("side", "both"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index or query");
        assertThatThrownBy(() -> new TechnicalTokenizerFactory(new HashMap<>(Map.of("mode", "x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
