package org.parley.importer.blogthread;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportEvaluationTests {

    private static ImportEvaluation.GoldComment gold(int n, String kind, Integer... repliesTo) {
        return new ImportEvaluation.GoldComment(n, kind, List.of(repliesTo));
    }

    @Test
    void followsTheGoldReplyChainToTheRootQuestion() {
        ThreadAnalysis analysis = ThreadText.thread()
                .comment("richt", "How do I complete a forwarded request in a lower filter driver?")
                .comment("doronh", "Rich, format the next stack location first.")
                .comment("richt", "Thanks, and how do I get at the URB in the completion routine?")
                .comment("doronh", "Rich, use IoGetCurrentIrpStackLocation on the WDM IRP.")
                .analysed();
        List<ImportEvaluation.GoldComment> goldComments = List.of(
                gold(1, "question"), gold(2, "answer", 1), gold(3, "followup", 2), gold(4, "answer", 3));

        ImportEvaluation.Result result = ImportEvaluation.evaluate(analysis, goldComments);

        assertThat(result.attachmentAccuracy()).isEqualTo(1.0);
        assertThat(result.f1()).isEqualTo(1.0);
        assertThat(result.misses()).isEmpty();
    }

    @Test
    void countsWrongQuestionsAndMisplacedRepliesStrictlyAndLeniently() {
        ThreadAnalysis analysis = ThreadText.thread()
                .comment("talzur", "How can I name each DSP device interface uniquely?")
                .comment("gaurav_verma", "Where is the bulk usb sample in the WDK?")
                .comment("doronh", "Tal, PnP names each interface instance.\n\nGaurav, look under src\\usb.")
                .analysed();
        // The annotator saw comment 2 as a follow-up of 1 and the reply as answering only 1.
        List<ImportEvaluation.GoldComment> goldComments = List.of(
                gold(1, "question"), gold(2, "followup", 1), gold(3, "answer", 2));

        ImportEvaluation.Result result = ImportEvaluation.evaluate(analysis, goldComments);

        assertThat(result.truePositives()).isEqualTo(1);
        assertThat(result.falsePositives()).isEqualTo(1);
        assertThat(result.precision()).isEqualTo(0.5);
        assertThat(result.recall()).isEqualTo(1.0);
        assertThat(result.attachedStrict()).isEqualTo(1);  // only the question itself
        assertThat(result.attachedLenient()).isEqualTo(2); // the reply touches question 1
        assertThat(result.misses()).hasSize(2);
    }

    @Test
    void readsRefsLikeTheAnnotationFile() {
        assertThat(ImportEvaluation.refNumber("blog-thread#42")).isEqualTo(42);
    }
}
