package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.bench.MarkdownTable;
import org.parley.bench.MarkedBlock;
import org.parley.bench.Wrk;
import org.parley.bench.WrkResult;
import org.parley.support.ApiClient;
import org.parley.support.PageClient;
import org.parley.support.TempSqlite;
import org.parley.user.NewAccount;
import org.parley.user.Role;
import org.parley.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Keeps the load benchmark's harness ({@code ./parley-bench/run load}, issue 7) from rotting: against a real
 * server with three questions, wrk runs the Lua scripts the harness writes for two seconds each (pages in turn, and
 * answers posted with a Bearer token), the harness reads wrk's results, every acknowledged answer is in the store,
 * and the table lands between its markers in a results file. Skipped when wrk is not installed, except under CI
 * ({@code CI=true}), where {@code .ci/run} installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "parley.security.bcrypt-strength=4", "logging.level.org.parley=WARN", "parley.search.embeddings=false"})
class LoadHarnessIntegrationTests {

    private static final String MARKER = "smoke-answer";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @TempDir
    Path work;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-load-harness");
    }

    @Test
    void wrkRunsTheGeneratedScriptsAndTheirResultsReachTheMarkedBlock() throws Exception {
        if (Wrk.executable().isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("wrk is not installed, and under CI it must be: .ci/run installs the Debian package wrk");
            }
            Assumptions.abort("wrk is not installed (Debian package wrk): skipping the load harness smoke test");
        }
        String base = "http://localhost:" + port;
        users.create(new NewAccount("loadsmoke", null, "smoke password", null, Role.MEMBER));
        ApiClient api = new ApiClient(base + "/api/v1").as("loadsmoke", "smoke password");
        List<Long> ids = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (String title : List.of("Driver unload hangs in EvtDriverUnload", "IRP_MJ_POWER never completes on S3",
                "WdfRequestSend returns STATUS_INVALID_DEVICE_STATE")) {
            JsonNode q = api.post("/questions", Map.of("title", title, "body", "Seen with `0xC0000184`.",
                    "tags", List.of("kmdf"))).json();
            ids.add(q.get("id").asLong());
            pages.add("/questions/" + q.get("id").asLong() + "/" + Slug.of(title));
        }
        String token = api.post("/tokens", Map.of("name", "smoke")).json().get("token").asString();
        Wrk wrk = new Wrk(work, 2, 1, Duration.ofSeconds(2), Duration.ofSeconds(10));
        Map<String, String> html = Map.of("Accept", "text/html", "Accept-Encoding", "gzip");
        List<String> searches = List.of("/search?q=EvtDriverUnload", "/search?q=0xC0000184");
        // Each page once before wrk, so first-request set-up is not all its two seconds hold.
        PageClient reader = new PageClient(base);
        for (String path : concat(pages, searches)) {
            assertThat(reader.get(path).status()).as(path).isEqualTo(200);
        }

        WrkResult questions = wrk.get("question", base, pages, html);
        WrkResult search = wrk.get("search", base, searches, html);
        // Quotes, a per-cent sign and a line break must survive the Lua string and the JSON body.
        WrkResult answers = wrk.postAnswers("answer", base, ids, Map.of("Authorization", "Bearer " + token,
                "Content-Type", "application/json"), MARKER, "Try \"!wdfkd.wdflogdump\" at 100 %\nthen reboot.");

        for (WrkResult r : List.of(questions, search, answers)) {
            assertThat(r.requests()).as(r.name()).isPositive();
            assertThat(r.statusErrors()).as(r.name() + " non-2xx/3xx").isZero();
            assertThat(r.socketErrors()).as(r.name() + " socket errors").isZero();
            assertThat(r.p50Micros()).as(r.name()).isPositive().isLessThanOrEqualTo(r.p99Micros());
            assertThat(r.requestsPerSecond()).as(r.name()).isPositive();
        }
        Set<String> stored = new HashSet<>();
        long count = 0;
        for (long id : ids) {
            for (JsonNode a : new ApiClient(base + "/api/v1").get("/questions/" + id).json().get("answers")) {
                String body = a.get("bodyMarkdown").asString();
                if (body.startsWith(MARKER + " t")) {
                    assertThat(body).endsWith("Try \"!wdfkd.wdflogdump\" at 100 %\nthen reboot.");
                    stored.add(body);
                    count++;
                }
            }
        }
        assertThat(count).as("acknowledged answers are stored").isGreaterThanOrEqualTo(answers.acknowledged());
        assertThat(stored).as("no answer stored twice").hasSize((int) count);

        MarkdownTable table = new MarkdownTable("page", "requests/s", "p99");
        for (WrkResult r : List.of(questions, search, answers)) {
            table.row(r.name(), String.format("%.0f", r.requestsPerSecond()), r.p99Micros() / 1000.0 + " ms");
        }
        Path results = work.resolve("BENCHMARKS.md");
        Files.writeString(results, "# Benchmarks\n\n" + MarkedBlock.start("smoke") + "\nold\n" + MarkedBlock.end("smoke")
                + "\n\nKept.\n");
        MarkedBlock.replace(results, "smoke", table.render());
        assertThat(Files.readString(results)).startsWith("# Benchmarks\n\n<!-- bench:smoke:start -->\n| page |")
                .contains("| answer | ").doesNotContain("old").endsWith("<!-- bench:smoke:end -->\n\nKept.\n");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
