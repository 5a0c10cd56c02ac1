package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.ParleyApplication;
import org.parley.importer.BlogThreadImport;
import org.parley.importer.BlogThreadOptions;
import org.parley.importer.ImportProgress;
import org.parley.importer.ImportSummary;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code parley eval}'s path on the development set (../shared next to the project): imports the
 * seed thread as {@code parley import --format blog-thread} does, rebuilds the index and checks the
 * issue's targets: MRR@10 at least 0.85 and 0.15 above the stock baseline, recall@10 at least 0.95,
 * paraphrase MRR@10 at least 0.60. Skipped, with a message, where the shared data is absent.
 */
class SearchEvaluationIntegrationTests {

    private static final Path SHARED = Path.of("..", "..", "shared").toAbsolutePath().normalize();

    @Test
    void hybridSearchBeatsTheBaselineOnTheDevelopmentSet() throws IOException {
        Path thread = shared("data/blog-thread-kmdf.txt");
        Path queries = shared("eval/dev-queries.json");
        Path dir = Files.createTempDirectory("parley-eval");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ParleyApplication.class)
                .web(WebApplicationType.NONE)
                .run("--parley.data-dir=" + dir, "--spring.datasource.url=jdbc:sqlite:" + dir.resolve("parley.db"),
                        "--parley.search.indexer-enabled=false", "--logging.level.root=WARN")) {
            ImportSummary imported = context.getBean(BlogThreadImport.class).importThread(Files.readAllBytes(thread),
                    thread.toString(), new BlogThreadOptions(null, null, false), ImportProgress.NONE);
            assertThat(imported.questions()).isGreaterThan(100);
            IndexRebuild.Result built = context.getBean(IndexRebuild.class).rebuild((done, total, docs) -> { });
            assertThat(built.questions()).isEqualTo(imported.questions());

            List<Evaluation.LabelledQuery> labelled = Evaluation.readQueries(queries);
            Evaluation.Report report = context.getBean(Evaluation.class).run(labelled);
            System.out.print(report.table());

            assertThat(report.mrr("hybrid", "all")).isGreaterThanOrEqualTo(0.85);
            assertThat(report.mrr("hybrid", "all")).isGreaterThanOrEqualTo(report.mrr("baseline", "all") + 0.15);
            assertThat(report.recall("hybrid", "all")).isGreaterThanOrEqualTo(0.95);
            assertThat(report.mrr("hybrid", "paraphrase")).isGreaterThanOrEqualTo(0.60);
            assertThat(report.mrr("hybrid", "error")).isEqualTo(1.0);
        }
    }

    private static Path shared(String file) {
        Path p = SHARED.resolve(file);
        Assumptions.assumeTrue(Files.isReadable(p),
                "Evaluation skipped: " + p + " is absent (the shared folder sits next to the project root)");
        return p;
    }
}
