package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorCodeFilterTests {

    private static final Analyzer INDEX = new TechnicalTextAnalyzer();
    private static final Analyzer QUERY = new TechnicalQueryAnalyzer();
    private static final ErrorCodes CODES = ErrorCodes.builtIn();

    @AfterAll
    static void close() {
        INDEX.close();
        QUERY.close();
    }

    private static List<String> codeKeys(Analyzer analyzer, String text) {
        return TokenCapture.analyze(analyzer, text).stream()
                .filter(t -> t.type().equals(TechnicalTokenTypes.CODE)).map(AnalyzedToken::term).toList();
    }

    private static String key(String name) {
        return CODES.byName(name).orElseThrow().key();
    }

    @ParameterizedTest
    @ValueSource(strings = {"STATUS_INVALID_PARAMETER", "status_invalid_parameter", "0xC000000D", "c000000d",
            "0xc000000d", "C000000DL", "00000000`c000000d"})
    void everySpellingOfACodeCarriesTheSameKey(String spelling) {
        assertThat(codeKeys(QUERY, spelling)).containsExactly("ntstatus#c000000d");
        assertThat(codeKeys(INDEX, spelling)).contains("ntstatus#c000000d");
    }

    @Test
    void hexFindsTheNameAndTheNameFindsTheHex() {
        assertThat(codeKeys(INDEX, "failed with 0xC000000D")).contains(key("STATUS_INVALID_PARAMETER"));
        assertThat(codeKeys(INDEX, "failed with STATUS_INVALID_PARAMETER"))
                .containsAll(codeKeys(QUERY, "0xC000000D"));
    }

    @Test
    void statusTranslatesToItsWin32Error() {
        assertThat(codeKeys(INDEX, "STATUS_INVALID_PARAMETER")).contains(key("ERROR_INVALID_PARAMETER"));
        assertThat(codeKeys(INDEX, "STATUS_INVALID_DEVICE_STATE")).contains(key("ERROR_BAD_COMMAND"));
    }

    @Test
    void win32ErrorTranslatesBackToItsStatuses() {
        assertThat(codeKeys(INDEX, "ERROR_INVALID_PARAMETER"))
                .contains(key("STATUS_INVALID_PARAMETER"), key("STATUS_INVALID_PARAMETER_1"), key("E_INVALIDARG"));
        assertThat(codeKeys(INDEX, "ERROR_BAD_COMMAND")).contains(key("STATUS_INVALID_DEVICE_STATE"));
    }

    @Test
    void hresultFromWin32TranslatesBothWays() {
        assertThat(codeKeys(INDEX, "0x80070057")).containsExactly("hresult#80070057", key("ERROR_INVALID_PARAMETER"));
        assertThat(codeKeys(QUERY, "E_INVALIDARG")).containsExactly("hresult#80070057");
    }

    @Test
    void querySideCarriesOnlyTheSpellingsOwnKey() {
        assertThat(codeKeys(QUERY, "STATUS_INVALID_PARAMETER")).containsExactly("ntstatus#c000000d");
        assertThat(codeKeys(QUERY, "ERROR_BAD_COMMAND")).containsExactly("win32#00000016");
    }

    @Test
    void statusesSharingAWin32ErrorDoNotMatchEachOther() {
        Set<String> indexed = Set.copyOf(codeKeys(INDEX, "STATUS_INVALID_PARAMETER_1"));
        assertThat(codeKeys(QUERY, "STATUS_INVALID_PARAMETER")).doesNotContainAnyElementsOf(indexed);
        assertThat(codeKeys(QUERY, "ERROR_INVALID_PARAMETER")).containsAnyElementsOf(indexed);
    }

    @Test
    void bareDecimalsAreNeverCodes() {
        assertThat(codeKeys(INDEX, "error 87 after 22 tries, see 20240101 and 1000")).isEmpty();
    }

    @Test
    void hexLiteralsNeverDenoteWin32Errors() {
        assertThat(codeKeys(INDEX, "0x57")).containsExactly("bugcheck#00000057")
                .noneMatch(k -> k.startsWith("win32#"));
        assertThat(codeKeys(INDEX, "0x16")).noneMatch(k -> k.startsWith("win32#"));
    }

    @Test
    void tinyLiteralsAreFlagsNotCodes() {
        assertThat(codeKeys(INDEX, "flags 0x0 0x1 0x00000003")).isEmpty();
    }

    @Test
    void bugChecksMatchByValueAndName() {
        assertThat(codeKeys(QUERY, "0xD1")).containsExactly("bugcheck#000000d1");
        assertThat(codeKeys(QUERY, "0x000000D1")).containsExactly("bugcheck#000000d1");
        assertThat(codeKeys(QUERY, "DRIVER_IRQL_NOT_LESS_OR_EQUAL")).containsExactly("bugcheck#000000d1");
        assertThat(codeKeys(QUERY, "DRIVER_POWER_STATE_FAILURE")).containsExactly("bugcheck#0000009f");
        assertThat(codeKeys(QUERY, "bugcheck 0x9F")).containsExactly("bugcheck#0000009f");
    }

    @Test
    void eightDigitCodesWithoutPrefixAreRecognised() {
        assertThat(codeKeys(QUERY, "error 80070005")).containsExactly("hresult#80070005");
        assertThat(codeKeys(INDEX, "error 80070005")).contains(key("ERROR_ACCESS_DENIED"));
    }

    @Test
    void singleWordWinsockNamesAreCodes() {
        assertThat(codeKeys(QUERY, "WSAECONNRESET")).containsExactly(key("WSAECONNRESET"));
    }

    @Test
    void ordinaryWordsAreNotCodes() {
        assertThat(codeKeys(INDEX, "add bad face deadline deadbeef cafe decade status error")).isEmpty();
    }

    @Test
    void indexKeysSpanTheWholeSpellingAsKeywords() {
        List<AnalyzedToken> tokens = TokenCapture.analyze(INDEX, "got STATUS_INVALID_PARAMETER back");
        AnalyzedToken whole = tokens.stream().filter(t -> t.term().equals("status_invalid_parameter")).findFirst()
                .orElseThrow();
        assertThat(tokens).filteredOn(t -> t.type().equals(TechnicalTokenTypes.CODE)).hasSize(2)
                .allSatisfy(code -> {
                    assertThat(code.position()).isEqualTo(whole.position());
                    assertThat(code.positionLength()).isEqualTo(whole.positionLength()).isEqualTo(3);
                    assertThat(code.start()).isEqualTo(whole.start());
                    assertThat(code.end()).isEqualTo(whole.end());
                    assertThat(code.keyword()).isTrue();
                });
        assertThat(tokens.get(tokens.size() - 1)).extracting(AnalyzedToken::term, AnalyzedToken::position)
                .containsExactly("back", 4);
    }

    @Test
    void queryKeepsARecognisedSpellingWholeNextToItsKey() {
        List<AnalyzedToken> tokens = TokenCapture.analyze(QUERY, "got STATUS_INVALID_PARAMETER back");
        assertThat(tokens).extracting(AnalyzedToken::term, AnalyzedToken::position, AnalyzedToken::positionLength,
                        AnalyzedToken::keyword)
                .containsExactly(
                        tuple("got", 0, 1, false),
                        tuple("status_invalid_parameter", 1, 1, true),
                        tuple("ntstatus#c000000d", 1, 1, true),
                        tuple("back", 2, 1, false));
    }

    @Test
    void filterWorksWithACustomDictionary() throws Exception {
        ErrorCodes tiny = ErrorCodes.read(new StringReader(
                "kind\tname\tvalue\tkey\tlinks\nntstatus\tSTATUS_PARLEY\tc0de0001\tntstatus#c0de0001\t\n"));
        Set<String> keys = TokenCapture.analyze(new TechnicalQueryAnalyzer(tiny), "STATUS_PARLEY 0xC0DE0001").stream()
                .filter(t -> t.type().equals(TechnicalTokenTypes.CODE)).map(AnalyzedToken::term).collect(Collectors.toSet());
        assertThat(keys).containsExactly("ntstatus#c0de0001");
    }
}
