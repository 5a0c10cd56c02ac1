package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QueryTextTests {

    @Test
    void operatorsPhrasesAndExclusionsAreSeparatedFromWords() {
        QueryText t = QueryText.parse("WdfRequestSend \"surprise removal\" -usb -\"blue screen\" tag:KMDF is:answered user:doronh timeout");
        assertThat(t.words()).containsExactly("WdfRequestSend", "timeout");
        assertThat(t.phrases()).containsExactly("surprise removal");
        assertThat(t.excluded()).containsExactly("usb", "blue screen");
        assertThat(t.tags()).containsExactly("kmdf");
        assertThat(t.answered()).isTrue();
        assertThat(t.user()).isEqualTo("doronh");
    }

    @Test
    void malformedSyntaxIsText() {
        assertThat(QueryText.parse("\"unclosed").phrases()).containsExactly("unclosed");
        assertThat(QueryText.parse("tag:").words()).containsExactly("tag:");
        assertThat(QueryText.parse("AND OR NOT").words()).containsExactly("AND", "OR", "NOT");
        assertThat(QueryText.parse("-").words()).containsExactly("-");
        assertThat(QueryText.parse(null).isEmpty()).isTrue();
    }

    @Test
    void technicalTermsAreIdentifiersCodesAndMixedTokens() {
        for (String q : List.of("WdfRequestSend hangs", "STATUS_INVALID_PARAMETER", "FxIoQueue::Dispatch", "nt!KiSwapContext",
                "0xC000000D", "NDIS51 miniport", "IRPs and URBs in KMDF")) {
            assertThat(QueryText.parse(q).hasTechnicalTerms()).as(q).isTrue();
        }
        for (String q : List.of("why does my device not wake up", "KMDF USB driver on Vista", "read-only volume")) {
            assertThat(QueryText.parse(q).hasTechnicalTerms()).as(q).isFalse();
        }
    }
}
