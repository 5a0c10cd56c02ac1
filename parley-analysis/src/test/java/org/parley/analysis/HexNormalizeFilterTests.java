package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HexNormalizeFilterTests {

    private static List<AnalyzedToken> normalize(String text) {
        return TokenCapture.chain(text, HexNormalizeFilter::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0xC000000D", "c000000d", "0xc000000d", "C000000DL", "0XC000000D", "C000000DUL",
            "00000000`c000000d", "0x00000000C000000D", "00000000C000000D"})
    void everySpellingOfA32BitCodeGivesOneTerm(String spelling) {
        List<AnalyzedToken> tokens = normalize(spelling);
        assertThat(tokens).singleElement().satisfies(token -> {
            assertThat(token.term()).isEqualTo("c000000d");
            assertThat(token.type()).isEqualTo(TechnicalTokenTypes.HEX);
            assertThat(token.keyword()).isTrue();
        });
    }

    @ParameterizedTest
    @CsvSource({"0x9F,0000009f", "0x0000009F,0000009f", "0xad,000000ad", "0x0,00000000", "0x445,00000445",
            "a1b2c3,00a1b2c3", "0x123456789,0000000123456789", "0000000000000003,00000003"})
    void padsToEightDigitsOrSixteenFor64BitValues(String spelling, String canonical) {
        assertThat(TokenCapture.terms(normalize(spelling))).containsExactly(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"add", "bad", "face", "deadline", "deadbeef", "cafe", "decade", "1024", "20240101",
            "87", "abc12", "0x", "x86", "Wdf01000", "0x1234567890abcdef01", "1234567890123456"})
    void leavesWordsAndDecimalsAlone(String word) {
        assertThat(normalize(word)).singleElement().satisfies(token -> {
            assertThat(token.term()).isEqualTo(word);
            assertThat(token.type()).isNotEqualTo(TechnicalTokenTypes.HEX);
            assertThat(token.keyword()).isFalse();
        });
    }

    @Test
    void recognisesFullWidthAddresses() {
        assertThat(HexLiteral.parse("fffff800`01234567")).hasValueSatisfying(hex -> {
            assertThat(hex.isAddress()).isTrue();
            assertThat(hex.canonical()).isEqualTo("fffff80001234567");
        });
        assertThat(HexLiteral.parse("0x00000000c000000d")).hasValueSatisfying(hex -> assertThat(hex.isAddress()).isFalse());
        assertThat(HexLiteral.parse("0x7fffffffffff")).hasValueSatisfying(hex -> assertThat(hex.isAddress()).isFalse());
    }

    @Test
    void keepsPositionsAndOffsets() {
        List<AnalyzedToken> tokens = normalize("failed 0xC000000D here");
        assertThat(tokens).extracting(AnalyzedToken::term, AnalyzedToken::position, AnalyzedToken::start,
                AnalyzedToken::end).containsExactly(
                        tuple("failed", 0, 0, 6),
                        tuple("c000000d", 1, 7, 17),
                        tuple("here", 2, 18, 22));
    }
}
