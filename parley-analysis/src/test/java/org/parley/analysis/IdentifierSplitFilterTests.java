package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierSplitFilterTests {

    private static List<AnalyzedToken> index(String text) {
        return TokenCapture.chain(text, in -> new IdentifierSplitFilter(in, AnalysisSide.INDEX));
    }

    private static List<AnalyzedToken> query(String text) {
        return TokenCapture.chain(text, in -> new IdentifierSplitFilter(in, AnalysisSide.QUERY));
    }

    /** Keyword tokens only: drops the index side's stem copies, which are identical before stemming. */
    private static List<String> keywordTerms(List<AnalyzedToken> tokens) {
        return tokens.stream().filter(AnalyzedToken::keyword).map(AnalyzedToken::term).toList();
    }

    private static List<String> parts(List<AnalyzedToken> tokens) {
        return tokens.stream().filter(t -> t.keyword() && t.type().equals(TechnicalTokenTypes.PART))
                .map(AnalyzedToken::term).toList();
    }

    @Test
    void splitsPascalCaseKeepingTheWholeAsAGraphEdgeOverItsParts() {
        List<AnalyzedToken> tokens = index("WdfRequestFormatRequestUsingCurrentType");
        assertThat(tokens).filteredOn(AnalyzedToken::keyword)
                .extracting(AnalyzedToken::term, AnalyzedToken::position, AnalyzedToken::positionLength)
                .containsExactly(
                        tuple("wdfrequestformatrequestusingcurrenttype", 0, 7),
                        tuple("wdf", 0, 1), tuple("request", 1, 1), tuple("format", 2, 1), tuple("request", 3, 1),
                        tuple("using", 4, 1), tuple("current", 5, 1), tuple("type", 6, 1));
        assertThat(tokens.get(0).type()).isEqualTo(TechnicalTokenTypes.IDENTIFIER);
    }

    @Test
    void querySideMakesTheWholeASynonymOfTheFirstPart() {
        List<AnalyzedToken> tokens = query("WdfRequestFormatRequestUsingCurrentType");
        assertThat(tokens).extracting(AnalyzedToken::term, AnalyzedToken::position, AnalyzedToken::positionLength)
                .containsExactly(
                        tuple("wdfrequestformatrequestusingcurrenttype", 0, 1),
                        tuple("wdf", 0, 1), tuple("request", 1, 1), tuple("format", 2, 1), tuple("request", 3, 1),
                        tuple("using", 4, 1), tuple("current", 5, 1), tuple("type", 6, 1));
    }

    @Test
    void splitsCamelCase() {
        assertThat(keywordTerms(query("wdfRequestSend"))).containsExactly("wdfrequestsend", "wdf", "request", "send");
    }

    @Test
    void splitsSnakeAndScreamingCase() {
        assertThat(keywordTerms(query("irp_mn_query"))).containsExactly("irp_mn_query", "irp", "mn", "query");
        assertThat(keywordTerms(query("IRP_MN_QUERY_REMOVE_DEVICE")))
                .containsExactly("irp_mn_query_remove_device", "irp", "mn", "query", "remove", "device");
    }

    @Test
    void splitsDottedNamesAndKeepsMemberSegments() {
        assertThat(keywordTerms(query("System.IO.File"))).containsExactly("system.io.file", "system", "io", "file");
        assertThat(keywordTerms(index("WDF_REQUEST_SEND_OPTIONS.Flags")))
                .containsExactly("wdf_request_send_options.flags", "wdf_request_send_options", "wdf", "request", "send",
                        "options", "flags");
    }

    @Test
    void splitsScopeQualifiedNamesIntoClassAndMethod() {
        List<AnalyzedToken> tokens = index("FxIoQueue::DispatchRequestToDriver");
        assertThat(keywordTerms(tokens)).containsExactly("fxioqueue::dispatchrequesttodriver",
                "fxioqueue", "fx", "io", "queue", "dispatchrequesttodriver", "dispatch", "request", "to", "driver");
        assertThat(tokens).filteredOn(t -> t.term().equals("dispatchrequesttodriver"))
                .extracting(AnalyzedToken::type, AnalyzedToken::position, AnalyzedToken::positionLength)
                .containsExactly(tuple(TechnicalTokenTypes.SEGMENT, 3, 4));
    }

    @Test
    void splitsDebuggerSymbolsIntoModuleAndFunction() {
        List<AnalyzedToken> tokens = index("Wdf01000!FxIoQueue::DispatchRequestToDriver");
        assertThat(tokens.get(0)).extracting(AnalyzedToken::term, AnalyzedToken::type, AnalyzedToken::positionLength)
                .containsExactly("wdf01000!fxioqueue::dispatchrequesttodriver", TechnicalTokenTypes.FRAME, 9);
        assertThat(keywordTerms(tokens)).contains("wdf01000", "fxioqueue::dispatchrequesttodriver", "fxioqueue",
                "dispatchrequesttodriver");
        assertThat(keywordTerms(index("nt!KiSwapContext")))
                .containsExactly("nt!kiswapcontext", "nt", "kiswapcontext", "ki", "swap", "context");
    }

    @Test
    void splitsPointerMemberAccess() {
        assertThat(keywordTerms(index("Irp->IoStatus.Status")))
                .containsExactly("irp->iostatus.status", "irp", "iostatus", "io", "status", "status");
    }

    @Test
    void splitsEmbeddedNumbersButKeepsWordWithNumber() {
        assertThat(keywordTerms(index("NDIS51"))).containsExactly("ndis51", "ndis", "51");
        assertThat(keywordTerms(index("Wdf01000"))).containsExactly("wdf01000", "wdf", "01000");
        assertThat(keywordTerms(index("Win32Error"))).containsExactly("win32error", "win32", "win", "32", "error");
        assertThat(parts(query("D3D11CreateDevice"))).containsExactly("d", "3", "d", "11", "create", "device");
    }

    @Test
    void splitsAcronymsBeforeCapitalisedWordsButNotPlurals() {
        assertThat(parts(query("HTTPServer"))).containsExactly("http", "server");
        assertThat(query("IRPs")).singleElement().extracting(AnalyzedToken::term).isEqualTo("IRPs");
        assertThat(parts(query("IRPsPending"))).containsExactly("irps", "pending");
    }

    @Test
    void keepsWrappedSinglePartsAsIdentifiers() {
        List<AnalyzedToken> tokens = query("_IRP");
        assertThat(tokens).extracting(AnalyzedToken::term, AnalyzedToken::position)
                .containsExactly(tuple("_irp", 0), tuple("irp", 0));
    }

    @Test
    void leavesPlainWordsUntouched() {
        assertThat(index("Queue")).singleElement().satisfies(token -> {
            assertThat(token.term()).isEqualTo("Queue");
            assertThat(token.type()).isEqualTo(TechnicalTokenTypes.WORD);
            assertThat(token.keyword()).isFalse();
        });
    }

    @Test
    void followingTokensContinueAfterTheLastPart() {
        List<AnalyzedToken> tokens = index("the WdfRequestSend  twice");
        assertThat(tokens).filteredOn(AnalyzedToken::keyword)
                .extracting(AnalyzedToken::term, AnalyzedToken::position, AnalyzedToken::positionLength)
                .containsExactly(tuple("wdfrequestsend", 1, 3), tuple("wdf", 1, 1),
                        tuple("request", 2, 1), tuple("send", 3, 1));
        assertThat(tokens.get(tokens.size() - 1)).extracting(AnalyzedToken::term, AnalyzedToken::position)
                .containsExactly("twice", 4);
    }

    @Test
    void theWholeKeepsTheGapLeftByARemovedToken() {
        List<AnalyzedToken> tokens = TokenCapture.chain("x fffff800`01234567 WdfRequestSend",
                in -> new IdentifierSplitFilter(new StackFrameFilter(in), AnalysisSide.QUERY));
        assertThat(tokens).extracting(AnalyzedToken::term, AnalyzedToken::position)
                .containsExactly(tuple("x", 0), tuple("wdfrequestsend", 2), tuple("wdf", 2), tuple("request", 3),
                        tuple("send", 4));
    }

    @Test
    void marksWholesSegmentsAndPartsAsKeywords() {
        assertThat(query("IRP_MN_QUERY_REMOVE_DEVICE")).allMatch(AnalyzedToken::keyword);
    }

    @Test
    void indexSideAddsOneStemmableCopyPerPart() {
        List<AnalyzedToken> tokens = index("WdfRequestSend");
        assertThat(tokens).filteredOn(t -> !t.keyword())
                .extracting(AnalyzedToken::term, AnalyzedToken::position, AnalyzedToken::type)
                .containsExactly(tuple("wdf", 0, TechnicalTokenTypes.PART), tuple("request", 1, TechnicalTokenTypes.PART),
                        tuple("send", 2, TechnicalTokenTypes.PART));
    }

    @Test
    void querySideEmitsOnlyTheWholeAndTheParts() {
        assertThat(TokenCapture.terms(query("Wdf01000!FxIoQueue::DispatchRequestToDriver")))
                .containsExactly("wdf01000!fxioqueue::dispatchrequesttodriver", "wdf", "01000", "fx", "io", "queue",
                        "dispatch", "request", "to", "driver");
    }

    @Test
    void partsCarryTheirOwnOffsets() {
        List<AnalyzedToken> tokens = query("x FxIoQueue::DispatchRequestToDriver");
        assertThat(tokens).filteredOn(t -> t.term().equals("dispatch"))
                .extracting(AnalyzedToken::start, AnalyzedToken::end).containsExactly(tuple(13, 21));
        assertThat(tokens).filteredOn(t -> t.type().equals(TechnicalTokenTypes.IDENTIFIER))
                .extracting(AnalyzedToken::start, AnalyzedToken::end).containsExactly(tuple(2, 36));
    }

    @Test
    void leavesKeywordTokensAlone() {
        List<AnalyzedToken> tokens = TokenCapture.chain("c000000d",
                in -> new IdentifierSplitFilter(new HexNormalizeFilter(in), AnalysisSide.INDEX));
        assertThat(TokenCapture.terms(tokens)).containsExactly("c000000d");
    }
}
