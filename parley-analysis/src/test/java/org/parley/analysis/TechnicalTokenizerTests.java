package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parley.analysis.TechnicalTokenTypes.COLUMN;
import static org.parley.analysis.TechnicalTokenTypes.FRAME;
import static org.parley.analysis.TechnicalTokenTypes.NUM;
import static org.parley.analysis.TechnicalTokenTypes.OFFSET;
import static org.parley.analysis.TechnicalTokenTypes.PROMPT;
import static org.parley.analysis.TechnicalTokenTypes.WORD;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TechnicalTokenizerTests {

    private static List<AnalyzedToken> tokenize(String text) {
        return TokenCapture.chain(text, Function.identity());
    }

    private static List<String> terms(String text) {
        return TokenCapture.terms(tokenize(text));
    }

    private static List<String> types(String text) {
        return tokenize(text).stream().map(AnalyzedToken::type).toList();
    }

    @Test
    void splitsProseAndCallsAtPunctuation() {
        assertThat(terms("Call WdfRequestSend(Request, Target, &Options); it failed."))
                .containsExactly("Call", "WdfRequestSend", "Request", "Target", "Options", "it", "failed");
    }

    @Test
    void keepsQualifiedNamesWhole() {
        assertThat(terms("Irp->IoStatus.Status FxIoQueue::DispatchRequestToDriver System.IO.File FxIoQueue::~FxIoQueue"))
                .containsExactly("Irp->IoStatus.Status", "FxIoQueue::DispatchRequestToDriver", "System.IO.File",
                        "FxIoQueue::~FxIoQueue");
    }

    @Test
    void trailingJoinersEndTheToken() {
        assertThat(terms("Use WdfRequestSend. It works! Really: yes-> no:: end"))
                .containsExactly("Use", "WdfRequestSend", "It", "works", "Really", "yes", "no", "end");
    }

    @Test
    void keepsUnderscoresAndApostrophesBetweenLetters() {
        assertThat(terms("IRP_MN_QUERY_REMOVE_DEVICE the driver's queue can’t 'quoted'"))
                .containsExactly("IRP_MN_QUERY_REMOVE_DEVICE", "the", "driver's", "queue", "can’t", "quoted");
    }

    @Test
    void typesFramesAndOffsets() {
        List<AnalyzedToken> tokens = tokenize("Wdf01000!FxIoQueue::DispatchRequestToDriver+0x445");
        assertThat(TokenCapture.terms(tokens)).containsExactly("Wdf01000!FxIoQueue::DispatchRequestToDriver", "0x445");
        assertThat(tokens).extracting(AnalyzedToken::type).containsExactly(FRAME, OFFSET);
    }

    @Test
    void plusHexAfterSpaceIsNotAnOffset() {
        assertThat(types("base + 0x10")).containsExactly(WORD, WORD);
    }

    @Test
    void keepsWinDbgBacktickAddressesWhole() {
        assertThat(terms("at fffff800`01234567 now")).containsExactly("at", "fffff800`01234567", "now");
    }

    @Test
    void typesNumbersAndVersions() {
        assertThat(types("87 10.0.19041 x86 c000000d")).containsExactly(NUM, NUM, WORD, WORD);
    }

    @Test
    void offsetsAreAbsoluteAcrossLinesIncludingCrLf() {
        List<AnalyzedToken> tokens = tokenize("first line\r\nsecond WdfRequestSend");
        AnalyzedToken last = tokens.get(tokens.size() - 1);
        assertThat(last.term()).isEqualTo("WdfRequestSend");
        assertThat(last.start()).isEqualTo(19);
        assertThat(last.end()).isEqualTo(33);
        assertThat(TokenCapture.terms(tokens)).containsExactly("first", "line", "second", "WdfRequestSend");
    }

    @Test
    void typesKernelDebuggerPrompts() {
        assertThat(tokenize("0: kd> !analyze -v"))
                .extracting(AnalyzedToken::term, AnalyzedToken::type)
                .containsExactly(
                        tuple("0", PROMPT), tuple("kd", PROMPT),
                        tuple("analyze", WORD), tuple("v", WORD));
        assertThat(types("kd> k")).containsExactly(PROMPT, WORD);
        assertThat(types("0:000> k")).containsExactly(PROMPT, PROMPT, WORD);
    }

    @Test
    void promptsOnlyCountAtLineStart() {
        assertThat(types("type kd> to see")).containsOnly(WORD);
    }

    @Test
    void typesStackColumnHeaders() {
        assertThat(types("ChildEBP RetAddr  Args to Child")).containsOnly(COLUMN);
        assertThat(types(" # Child-SP          RetAddr           : Args to Child      : Call Site")).containsOnly(COLUMN);
        assertThat(types("The RetAddr column is wrong")).containsOnly(WORD);
    }

    @Test
    void typesColumnsBeforeAnX64Frame() {
        assertThat(types("00 fffff800`01234567 fffff800`0abcdef0 nt!KiSwapContext+0x7a"))
                .containsExactly(COLUMN, COLUMN, COLUMN, FRAME, OFFSET);
    }

    @Test
    void typesAddressAndArgumentColumnsBeforeAnX86Frame() {
        assertThat(types("8054b9a4 804f8e4e 0000007e c0000005 804f8e4e nt!KeBugCheckEx+0x1b"))
                .containsExactly(COLUMN, COLUMN, COLUMN, COLUMN, COLUMN, FRAME, OFFSET);
    }

    @Test
    void typesColumnsBeforeAModuleWithoutSymbols() {
        assertThat(types("01 fffff800`01234568 fffff800`0abcdef1 mydriver+0x1234"))
                .containsExactly(COLUMN, COLUMN, COLUMN, WORD, OFFSET);
    }

    @Test
    void hexInProseIsNotAColumn() {
        assertThat(types("the handle 8054b9a4 is stale")).containsOnly(WORD);
    }
}
