package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.parley.ParleyApplication;
import org.parley.support.ApiClient;
import org.parley.user.NewAccount;
import org.parley.user.Role;
import org.parley.user.UserService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The index is derived data that survives crashes and rebuilds: a post committed but never indexed
 * (the indexer stopped between the two, as a kill would) is found after a restart on the same data
 * directory; and a rebuild run by another process (as {@code parley reindex} does) replaces the
 * index under a running server without taking search offline.
 */
class SearchRecoveryIntegrationTests {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void aPostCommittedButNotIndexedIsFoundAfterARestart() throws IOException {
        Path dir = Files.createTempDirectory("parley-search-crash");
        long indexed;
        long pending;
        try (ConfigurableApplicationContext first = start(dir, true)) {
            ApiClient api = user(first);
            indexed = ask(api, "Indexed before the crash", "The word marmoset is indexed at once.");
            assertThat(eventually(api, "marmoset", indexed)).contains(indexed);

            first.getBean(SearchIndexer.class).pause();
            pending = ask(api, "Committed but never indexed", "The word bandicoot waits in the outbox.");
            sleep(500);
            assertThat(ids(api, "bandicoot")).doesNotContain(pending);
            assertThat(outboxRows(first, pending)).isPositive();
        }
        try (ConfigurableApplicationContext second = start(dir, true)) {
            ApiClient api = new ApiClient(base(second));
            assertThat(eventually(api, "bandicoot", pending)).contains(pending);
            assertThat(ids(api, "marmoset")).contains(indexed);
            long deadline = System.currentTimeMillis() + 5_000;
            while (outboxRows(second, pending) > 0 && System.currentTimeMillis() < deadline) {
                sleep(50);
            }
            assertThat(outboxRows(second, pending)).as("outbox rows are deleted once indexed").isZero();
        }
    }

    @Test
    void wordsAreSearchableBeforeVectorsAndPendingVectorsSurviveARestart() throws IOException {
        Path dir = Files.createTempDirectory("parley-search-vectors");
        long id;
        try (ConfigurableApplicationContext first = start(dir, true)) {
            ApiClient api = user(first);
            first.getBean(SearchIndexer.class).pauseVectors();
            id = ask(api, "Searchable before its vectors", "The word axolotl is found by its letters first.");
            assertThat(eventually(api, "axolotl", id)).contains(id);
            SearchIndex index = first.getBean(SearchIndex.class);
            assertThat(index.vectorsPending(10)).containsExactly(id);
            assertThat(passages(index, id)).isZero();
        }
        try (ConfigurableApplicationContext second = start(dir, true)) {
            SearchIndex index = second.getBean(SearchIndex.class);
            long deadline = System.currentTimeMillis() + 30_000;
            while (!index.vectorsPending(10).isEmpty() && System.currentTimeMillis() < deadline) {
                sleep(100);
            }
            assertThat(index.vectorsPending(10)).isEmpty();
            assertThat(passages(index, id)).as("the question's own passage").isEqualTo(1);
            assertThat(ids(new ApiClient(base(second)), "axolotl")).contains(id);
        }
    }

    private static long passages(SearchIndex index, long questionId) {
        return index.search(new SearchIndex.SearchFunction<>() {
            @Override
            public Long apply(IndexSearcher searcher) throws IOException {
                return (long) searcher.count(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PASSAGE)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(IndexFields.QUESTION_ID, Long.toString(questionId))), BooleanClause.Occur.FILTER)
                        .build());
            }

            @Override
            public Long emptyIndex() {
                return 0L;
            }
        });
    }

    @Test
    void aRebuildByAnotherProcessSwapsTheIndexUnderARunningServer() throws IOException {
        Path dir = Files.createTempDirectory("parley-search-rebuild");
        try (ConfigurableApplicationContext server = start(dir, true)) {
            ApiClient api = user(server);
            long before = ask(api, "Posted before the rebuild", "The word okapi predates the rebuild.");
            assertThat(eventually(api, "okapi", before)).contains(before);
            IndexFolder folder = server.getBean(SearchIndex.class).folder();
            String oldGeneration = folder.current().orElseThrow();

            IndexRebuild.Result result;
            try (ConfigurableApplicationContext command = start(dir, false)) {
                result = command.getBean(IndexRebuild.class).rebuild((done, total, docs) -> {
                    // Search keeps answering from the old generation while the new one is built.
                    assertThat(ids(api, "okapi")).contains(before);
                });
            }
            assertThat(result.questions()).isEqualTo(1);
            assertThat(result.documents()).isGreaterThanOrEqualTo(2);
            assertThat(folder.current()).contains(result.generation()).isNotEqualTo(oldGeneration);
            assertThat(vectorFormats(folder.generation(result.generation())))
                    .as("a rebuild writes passage vectors as the live writer does, 7-bit")
                    .containsOnly("Lucene99HnswScalarQuantizedVectorsFormat");

            long after = ask(api, "Posted after the rebuild", "The word pangolin follows the rebuild.");
            assertThat(eventually(api, "pangolin", after)).contains(after);
            assertThat(ids(api, "okapi")).contains(before);
        }
    }

    /** The vector format each segment of a generation records for the passage vectors. */
    private static java.util.Set<String> vectorFormats(Path generation) throws IOException {
        java.util.Set<String> formats = new java.util.HashSet<>();
        try (var dir = org.apache.lucene.store.FSDirectory.open(generation);
             var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            for (var leaf : reader.leaves()) {
                var field = leaf.reader().getFieldInfos().fieldInfo(IndexFields.VECTOR);
                formats.add(field == null ? "no vectors" : field.getAttribute("PerFieldKnnVectorsFormat.format"));
            }
        }
        return formats;
    }

    private static ConfigurableApplicationContext start(Path dir, boolean indexer) {
        return new SpringApplicationBuilder(ParleyApplication.class)
                .run("--server.port=" + (indexer ? "0" : "-1"), "--parley.data-dir=" + dir,
                        "--spring.datasource.url=jdbc:sqlite:" + dir.resolve("parley.db"),
                        "--parley.search.indexer-enabled=" + indexer, "--parley.security.bcrypt-strength=4",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
    }

    private static String base(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://localhost:" + port + "/api/v1";
    }

    private static ApiClient user(ConfigurableApplicationContext context) {
        String handle = "crash-" + (System.nanoTime() % 1_000_000);
        context.getBean(UserService.class).create(new NewAccount(handle, null, PASSWORD, null, Role.MEMBER));
        return new ApiClient(base(context)).as(handle, PASSWORD);
    }

    private static long ask(ApiClient api, String title, String body) {
        ApiClient.Response r = api.post("/questions", Map.of("title", title, "body", body, "tags", List.of("kmdf")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static List<Long> ids(ApiClient api, String query) {
        return SearchProbe.ids(api, query);
    }

    private static List<Long> eventually(ApiClient api, String query, long expected) {
        return SearchProbe.eventually(api, query, expected, 10_000);
    }

    private static long outboxRows(ConfigurableApplicationContext context, long questionId) {
        return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM search_outbox WHERE question_id = :id")
                .param("id", questionId).query(Long.class).single();
    }

    private static void sleep(long millis) {
        SearchProbe.sleep(millis);
    }
}
