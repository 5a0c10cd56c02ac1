package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackFrameFilterTests {

    private static List<AnalyzedToken> filter(String text) {
        return TokenCapture.chain(text, StackFrameFilter::new);
    }

    private static List<String> terms(String text) {
        return TokenCapture.terms(filter(text));
    }

    @Test
    void keepsTheFrameAndDropsItsOffset() {
        assertThat(terms("Wdf01000!FxIoQueue::DispatchRequestToDriver+0x445"))
                .containsExactly("Wdf01000!FxIoQueue::DispatchRequestToDriver");
        assertThat(terms("nt!KiSwapContext+0x7a mydriver!EvtIoRead+0x12"))
                .containsExactly("nt!KiSwapContext", "mydriver!EvtIoRead");
    }

    @Test
    void drops64BitAddressesInEveryNotation() {
        assertThat(terms("at fffff800`01234567 0xfffffa8004a3c060 fffffa8004a3c060 0XFFFFFA8004A3C060 end"))
                .containsExactly("at", "end");
    }

    @Test
    void droppedTokensLeavePositionGaps() {
        List<AnalyzedToken> tokens = filter("before fffff800`01234567 after");
        assertThat(tokens).extracting(AnalyzedToken::term, AnalyzedToken::position)
                .containsExactly(tuple("before", 0),
                        tuple("after", 2));
    }

    @Test
    void keepsZeroExtended32BitValuesAndShortHex() {
        assertThat(terms("Arg1: 00000000`c000000d 0x7b7f84a8 0x9F"))
                .containsExactly("Arg1", "00000000`c000000d", "0x7b7f84a8", "0x9F");
    }

    @Test
    void dropsPromptsHeadersAndStackColumnsOfAPastedSession() {
        String session = String.join("\n",
                "0: kd> kn",
                " # Child-SP          RetAddr           Call Site",
                "00 fffff800`01234567 fffff800`0abcdef0 nt!KiSwapContext+0x7a",
                "01 fffff800`01234568 fffff800`0abcdef1 Wdf01000!FxIoQueue::DispatchRequestToDriver+0x445",
                "ChildEBP RetAddr  Args to Child",
                "8054b9a4 804f8e4e 0000007e c0000005 804f8e4e nt!KeBugCheckEx+0x1b");
        assertThat(terms(session)).containsExactly("kn", "nt!KiSwapContext",
                "Wdf01000!FxIoQueue::DispatchRequestToDriver", "nt!KeBugCheckEx");
    }

    @Test
    void leavesProseAlone() {
        assertThat(terms("The IRP was completed twice")).containsExactly("The", "IRP", "was", "completed", "twice");
    }
}
