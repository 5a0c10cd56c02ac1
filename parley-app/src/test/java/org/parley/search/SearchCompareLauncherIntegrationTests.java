package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.bench.Latencies;
import org.parley.bench.SearchCompareBenchmark;
import org.parley.support.PostgresDatabase;

/**
 * Keeps the search side-by-side benchmark ({@code ./parley-bench/run search-compare}) honest on a tiny generated
 * corpus: Parley (through {@code ./parley import} and {@code ./parley eval-latency}), SQLite FTS5 and, when
 * {@code PARLEY_TEST_PG_URL} names a server, PostgreSQL load the same rows, time every query, and find the planted
 * duplicates. Runs the packaged jar, after packaging (failsafe).
 */
class SearchCompareLauncherIntegrationTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void everyEngineSearchesTheSameRowsAndFindsThePlantedDuplicates() throws Exception {
        PostgresDatabase pg = postgresIfConfigured();
        try {
            SearchCompareBenchmark.Options defaults = SearchCompareBenchmark.Options.defaults(ROOT);
            SearchCompareBenchmark.Report report = new SearchCompareBenchmark(new SearchCompareBenchmark.Options(ROOT,
                    1500, 70, 3, true, 1, work.resolve("tables.md"), pg != null, defaults.pgBin(),
                    pg == null ? null : pg.url(), pg == null ? null : pg.user(), pg == null ? null : pg.password(),
                    false, work)).run();

            List<String> expected = pg == null ? List.of("Parley (lexical)", "SQLite FTS5")
                    : List.of("Parley (lexical)", "SQLite FTS5", "PostgreSQL FTS");
            assertThat(report.engines()).extracting(SearchCompareBenchmark.EngineResult::name).isEqualTo(expected);
            assertThat(report.questions()).isGreaterThan(100);
            for (SearchCompareBenchmark.EngineResult e : report.engines()) {
                assertThat(e.posts()).as(e.name() + " posts").isEqualTo(report.posts());
                assertThat(e.threads()).as(e.name() + " threads").isEqualTo(report.questions());
                assertThat(e.indexSeconds()).as(e.name() + " index time").isPositive();
                assertThat(e.indexBytes()).as(e.name() + " index size").isPositive();
                assertThat(e.passes()).extracting(Latencies::label)
                        .containsExactly("cold, 1 thread", "warm, 1 thread", "warm, 2 threads");
                for (Latencies p : e.passes()) {
                    assertThat(p.count()).isEqualTo(70);
                    assertThat(java.util.Arrays.stream(p.nanos()).min().orElse(0)).as(e.name() + " " + p.label()).isPositive();
                    assertThat(p.qps()).isPositive();
                }
                long answered = e.top().values().stream().filter(ids -> !ids.isEmpty()).count();
                assertThat(answered).as(e.name() + ": queries with results").isGreaterThanOrEqualTo(56);
                assertThat(e.top().values()).allMatch(ids -> ids.size() <= 10 && ids.stream().distinct().count() == ids.size());
                assertThat(e.planted().queries()).as(e.name() + ": planted clusters").isGreaterThanOrEqualTo(3);
                assertThat(e.planted().hit()).as(e.name() + ": planted clusters found in the top 10").isGreaterThanOrEqualTo(0.8);
                assertThat(e.planted().mrr()).as(e.name() + ": MRR@10").isGreaterThanOrEqualTo(0.5);
            }
            String tables = Files.readString(work.resolve("tables.md"));
            assertThat(tables).contains("| Parley (lexical) | warm, 1 thread |", "| SQLite FTS5 | cold, 1 thread |",
                    "MRR@10", "Indexing");
            assertThat(tables).isEqualTo(report.markdown());
        } finally {
            if (pg != null) {
                pg.drop();
            }
        }
    }

    /** PostgreSQL is compared when the tests have a server (always under CI); otherwise that engine is left out. */
    private static PostgresDatabase postgresIfConfigured() {
        String url = System.getenv("PARLEY_TEST_PG_URL");
        if ((url == null || url.isBlank()) && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            System.out.println("search-compare smoke test: PostgreSQL left out; set PARLEY_TEST_PG_URL to include it");
            return null;
        }
        return PostgresDatabase.create();
    }
}
