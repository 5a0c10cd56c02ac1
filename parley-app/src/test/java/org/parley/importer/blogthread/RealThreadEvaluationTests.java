package org.parley.importer.blogthread;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parley.support.SharedData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The rebuilder on the real KMDF blog thread against the hand annotations of comments 1..100. */
class RealThreadEvaluationTests {

    @Test
    void devAnnotationsMeetTheTargets() throws IOException {
        Optional<Path> thread = SharedData.file(SharedData.KMDF_THREAD);
        Optional<Path> gold = SharedData.file(SharedData.DEV_THREADS);
        assumeTrue(thread.isPresent(), SharedData.missing(SharedData.KMDF_THREAD));
        assumeTrue(gold.isPresent(), SharedData.missing(SharedData.DEV_THREADS));

        ThreadAnalysis analysis = new ConversationRebuilder()
                .rebuild(new BlogThreadParser().parse(Files.readAllBytes(thread.get())));
        ImportEvaluation.Result result = ImportEvaluation.evaluate(analysis, ImportEvaluation.readGold(gold.get()));
        System.out.println("[dev 1..100] " + result.summary());
        result.misses().forEach(m -> System.out.println("  miss " + m));
        System.out.println("[all] roles " + analysis.roleCounts() + ", unanswered " + analysis.unanswered().size());
        Path table = Path.of("target", "kmdf-thread-table.txt");
        Files.createDirectories(table.getParent());
        try (PrintStream out = new PrintStream(Files.newOutputStream(table), true, StandardCharsets.UTF_8)) {
            ImportEvaluation.printTable(analysis, out); // one line per comment, for reading the 101..382 results
        }

        assertThat(analysis.comments()).hasSize(382);
        assertThat(result.attachmentAccuracy()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.90);
        for (Conversation c : analysis.conversations()) {
            assertThat(c.title()).hasSizeBetween(TitleWriter.MIN_LENGTH, TitleWriter.MAX_LENGTH);
            assertThat(c.tags()).hasSizeBetween(1, 5).allMatch(t -> TagSuggester.TAG_SHAPE.matcher(t).matches());
        }
    }
}
