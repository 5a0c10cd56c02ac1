package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.bench.DumpGenerator;
import org.parley.importer.ImportProgress;
import org.parley.importer.stackexchange.StackExchangeImport;
import org.parley.support.EmptyStore;
import org.parley.support.TempSqlite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The similar-questions list on a generated site, measured as {@code parley eval --similar} measures it: each planted
 * cluster's questions should list one another. Lexical only (vectors for the site would take minutes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"parley.search.indexer-enabled=false", "parley.search.embeddings=false"})
class SimilarQuestionsIntegrationTests {

    @Autowired
    StackExchangeImport importer;
    @Autowired
    IndexRebuild rebuild;
    @Autowired
    Evaluation evaluation;
    @Autowired
    SearchService search;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    @BeforeEach
    void emptyStore() {
        EmptyStore.empty(jdbc);
    }

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-similar");
    }

    @Test
    void aPlantedDuplicateListsTheOthersOfItsClusterAndUnknownWordsListNothing() throws IOException {
        Path dump = work.resolve("dump");
        DumpGenerator.write(dump, 2_000, 7);
        importer.importDump(dump, false, ImportProgress.NONE);
        rebuild.rebuild((done, total, docs) -> { });
        List<Evaluation.LabelledQuery> clusters = Evaluation.readQueries(dump.resolve("labels.json"));

        Evaluation.SimilarReport report = evaluation.similar(clusters, 6);

        assertThat(report.members()).as("cluster members looked up").isGreaterThanOrEqualTo(2 * clusters.size());
        // On 100,000 posts the list finds a duplicate for two questions in three (docs/search.md); a small site
        // has fewer look-alikes to get in the way.
        assertThat(report.metrics().hit()).as("hit@6").isGreaterThan(0.6);
        assertThat(report.metrics().reciprocalRank()).as("MRR@6").isGreaterThan(0.4);
        assertThat(report.cpuMillis()).isPositive();

        assertThat(search.similarTo("zzqxv wqqpl", "vvxqz", -1, 6)).as("words no post holds").isEmpty();
        assertThat(search.similarTo("", "", -1, 6)).isEmpty();
    }
}
