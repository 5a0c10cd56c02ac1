package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.parley.ParleyApplication;
import org.parley.post.PostImport;
import org.parley.support.ApiClient;
import org.parley.user.NewAccount;
import org.parley.user.Role;
import org.parley.user.UserService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bulk import into an empty store writes no outbox rows and indexes the store once at its end ({@link BulkLoad}),
 * as {@code parley import --format stackexchange} does beside a running server; and an import that dies before
 * that leaves nothing unfound: a server rebuilds the index once the load has shown no life for the timeout. Run on
 * SQLite and on PostgreSQL; each test starts on a store of its own, since a bulk load needs an empty one.
 */
abstract class BulkLoadContract {

    /** Spring arguments pointing a process at a fresh store for one test, with its data directory in {@code dir}. */
    abstract List<String> store(Path dir);

    @Test
    void aBulkImportIsIndexedAtItsEndAndFoundByARunningServer() throws Exception {
        Path dir = Files.createTempDirectory("parley-bulk-load");
        List<String> store = store(dir);
        try (ConfigurableApplicationContext server = start(store, true)) {
            ApiClient api = new ApiClient(base(server));
            long first;
            try (ConfigurableApplicationContext importer = start(store, false)) {
                BulkLoad.Session session = importer.getBean(BulkLoad.class).begin().orElseThrow();
                List<Long> ids = importQuestions(importer, "wombat", 3);
                first = ids.get(0);
                assertThat(outboxRows(importer)).as("a bulk load writes no outbox rows").isZero();
                sleep(1_500);
                assertThat(ids(api, "wombat")).as("not indexed before the load ends").isEmpty();

                IndexRebuild.Result result = session.finish((done, total, docs) -> { });

                assertThat(result.questions()).isEqualTo(3);
                assertThat(bulkLoads(importer)).as("the load is forgotten once its index is published").isZero();
                assertThat(importer.getBean(BulkLoad.class).begin())
                        .as("a store with posts imports through the outbox").isEmpty();
            }
            assertThat(eventually(api, "wombat", first)).hasSize(3).contains(first);
        }
    }

    @Test
    void aBulkImportThatDiesBeforeIndexingIsIndexedByTheServer() throws Exception {
        Path dir = Files.createTempDirectory("parley-bulk-load-crash");
        List<String> store = new ArrayList<>(store(dir));
        store.add("--parley.search.bulk-load-timeout=1s");
        try (ConfigurableApplicationContext before = start(store, true)) {
            // A server made the (empty) index before the import: its start has nothing of its own to rebuild.
            assertThat(before.getBean(SearchIndex.class).folder().current()).isPresent();
        }
        long first;
        try (ConfigurableApplicationContext importer = start(store, false)) {
            assertThat(importer.getBean(BulkLoad.class).begin()).isPresent();
            first = importQuestions(importer, "quokka", 2).get(0);
            assertThat(outboxRows(importer)).isZero();
            // Closing without finish: the heartbeat stops and the load stays recorded, as when the process is killed.
        }
        try (ConfigurableApplicationContext server = start(store, true)) {
            ApiClient api = new ApiClient(base(server));
            assertThat(eventually(api, "quokka", first)).hasSize(2).contains(first);
            assertThat(bulkLoads(server)).as("the server forgets the load it took over").isZero();
        }
    }

    /** Questions written as an importer writes them, each with {@code word} in its body. */
    private static List<Long> importQuestions(ConfigurableApplicationContext context, String word, int count) {
        long author = context.getBean(UserService.class)
                .create(new NewAccount("importer-" + word, null, "correct horse battery", null, Role.MEMBER)).id();
        List<PostImport.NewQuestion> questions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            questions.add(new PostImport.NewQuestion("test#" + word + "-" + i, author, "someone",
                    "Imported question " + i + " about a driver", "The " + word + " appears in question " + i + ".",
                    List.of("kmdf"), Instant.parse("2020-01-01T00:00:00Z").plusSeconds(i)));
        }
        context.getBean(PostImport.class).writePosts("test", questions, List.of());
        return context.getBean(JdbcClient.class).sql("SELECT id FROM posts WHERE source_system = 'test' ORDER BY id")
                .query(Long.class).list();
    }

    private static ConfigurableApplicationContext start(List<String> store, boolean indexer) {
        String[] args = Stream.concat(store.stream(), Stream.of("--server.port=" + (indexer ? "0" : "-1"),
                "--parley.search.indexer-enabled=" + indexer, "--parley.search.embeddings=false",
                "--parley.security.bcrypt-strength=4", "--logging.level.root=WARN", "--spring.main.banner-mode=off"))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(ParleyApplication.class).run(args);
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort() + "/api/v1";
    }

    private static long outboxRows(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM search_outbox").query(Long.class).single();
    }

    private static long bulkLoads(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM search_bulk_loads").query(Long.class).single();
    }

    private static List<Long> ids(ApiClient api, String word) {
        return SearchProbe.ids(api, word);
    }

    private static List<Long> eventually(ApiClient api, String word, long expected) {
        return SearchProbe.eventually(api, word, expected, 20_000);
    }

    private static void sleep(long millis) {
        SearchProbe.sleep(millis);
    }
}
