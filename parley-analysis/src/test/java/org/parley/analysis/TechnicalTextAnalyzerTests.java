package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole chain on prose and on identifiers mixed into prose. */
class TechnicalTextAnalyzerTests {

    private static final Analyzer INDEX = new TechnicalTextAnalyzer();
    private static final Analyzer QUERY = new TechnicalQueryAnalyzer();

    @AfterAll
    static void close() {
        INDEX.close();
        QUERY.close();
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        return TokenCapture.terms(TokenCapture.analyze(analyzer, text));
    }

    @Test
    void removesPossessivesLowercasesAndStems() {
        assertThat(terms(INDEX, "The Driver's queues were dispatching Requests"))
                .containsExactly("driver", "queue", "were", "dispatch", "request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bug check 0x9F's parameters", "0xC000000D's meaning", "at fffff800`0123abcd's pool"})
    void readsHexCodesAndAddressesFollowedByAPossessiveAsWithout(String text) {
        String withoutPossessive = text.replace("'s", "");
        assertThat(terms(INDEX, text)).isEqualTo(terms(INDEX, withoutPossessive));
        assertThat(terms(QUERY, text)).isEqualTo(terms(QUERY, withoutPossessive));
    }

    @Test
    void removesEnglishStopWordsLeavingGaps() {
        List<AnalyzedToken> tokens = TokenCapture.analyze(INDEX, "the IRP is in the queue");
        assertThat(tokens).extracting(AnalyzedToken::term, AnalyzedToken::position)
                .containsExactly(tuple("irp", 1), tuple("queue", 5));
    }

    @Test
    void neverStemsIdentifiersOrTheirKeywordParts() {
        List<AnalyzedToken> tokens = TokenCapture.analyze(INDEX, "WdfRequestSend IRP_MN_QUERY_REMOVE_DEVICE");
        assertThat(tokens).filteredOn(AnalyzedToken::keyword).extracting(AnalyzedToken::term)
                .containsExactly("wdfrequestsend", "wdf", "request", "send",
                        "irp_mn_query_remove_device", "irp", "mn", "query", "remove", "device");
    }

    @Test
    void indexSideAddsStemmedCopiesOfPartsOnlyWhereStemmingChangesThem() {
        List<AnalyzedToken> tokens = TokenCapture.analyze(INDEX, "IRP_MN_QUERY_REMOVE_DEVICE");
        assertThat(tokens).filteredOn(t -> !t.keyword())
                .extracting(AnalyzedToken::term, AnalyzedToken::position)
                .containsExactly(tuple("queri", 2), tuple("remov", 3), tuple("devic", 4));
        assertThat(TokenCapture.analyze(QUERY, "IRP_MN_QUERY_REMOVE_DEVICE")).allMatch(AnalyzedToken::keyword);
    }

    @Test
    void proseQueriesMeetIdentifierPartsThroughTheStemmedCopies() {
        List<String> indexed = terms(INDEX, "FxIoQueue::DispatchRequestToDriver");
        assertThat(indexed).containsAll(terms(QUERY, "dispatching requests queues driver"));
    }

    @Test
    void keepsStopWordsThatArePartsOfIdentifiers() {
        assertThat(terms(QUERY, "DispatchRequestToDriver IsNotIn"))
                .containsExactly("dispatchrequesttodriver", "dispatch", "request", "to", "driver", "isnotin", "is", "not",
                        "in");
    }

    @ParameterizedTest
    @ValueSource(strings = {"add", "bad", "face", "deadline", "deadbeef", "cafe", "decade", "added"})
    void hexLookingWordsStayProse(String word) {
        assertThat(TokenCapture.analyze(INDEX, word)).allSatisfy(token -> {
            assertThat(token.type()).isEqualTo(TechnicalTokenTypes.WORD);
            assertThat(token.keyword()).isFalse();
        });
    }

    @Test
    void hexAndCodeKeysAreNeitherStemmedNorStopped() {
        assertThat(terms(QUERY, "0xC000000D 0xBE")).containsExactly("c000000d", "ntstatus#c000000d", "000000be",
                "bugcheck#000000be");
    }

    @Test
    void identifiersInsideProseKeepPhrasePositions() {
        List<AnalyzedToken> tokens = TokenCapture.analyze(QUERY, "call WdfRequestSend twice");
        assertThat(tokens).extracting(AnalyzedToken::term, AnalyzedToken::position, AnalyzedToken::positionLength)
                .containsExactly(tuple("call", 0, 1), tuple("wdfrequestsend", 1, 1), tuple("wdf", 1, 1),
                        tuple("request", 2, 1), tuple("send", 3, 1), tuple("twice", 4, 1));
        assertThat(TokenCapture.analyze(INDEX, "call WdfRequestSend twice"))
                .filteredOn(t -> t.term().equals("twice")).extracting(AnalyzedToken::position).containsExactly(4);
    }

    @Test
    void pastedStackFramesYieldModuleAndFunctionTokens() {
        List<String> indexed = terms(INDEX,
                "00 fffff800`01234567 fffff800`0abcdef0 Wdf01000!FxIoQueue::DispatchRequestToDriver+0x445");
        assertThat(indexed).contains("wdf01000!fxioqueue::dispatchrequesttodriver", "wdf01000",
                "fxioqueue::dispatchrequesttodriver", "fxioqueue", "dispatchrequesttodriver", "dispatch", "driver")
                .noneMatch(t -> t.contains("fffff800") || t.contains("445") || t.equals("00"));
    }

    @Test
    void normalizesWildcardTextByLowercasing() {
        assertThat(INDEX.normalize("body", "WdfRequest*").utf8ToString()).isEqualTo("wdfrequest*");
    }

    @Test
    void analyzersAreReusable() {
        assertThat(terms(QUERY, "STATUS_INVALID_PARAMETER")).isEqualTo(terms(QUERY, "STATUS_INVALID_PARAMETER"));
        assertThat(terms(INDEX, "a b c")).isEqualTo(terms(INDEX, "a b c"));
    }
}
