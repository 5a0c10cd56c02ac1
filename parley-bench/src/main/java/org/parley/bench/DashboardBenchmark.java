package org.parley.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

/**
 * How long the backlog dashboard's figures take on a large store: a generated corpus of N posts
 * (default 1M) in SQLite, then {@code GET /api/v1/dashboard?weeks=12} as an expert.
 */
final class DashboardBenchmark {

    private final Path root;
    private final int posts;

    DashboardBenchmark(Path root, int posts) {
        this.root = root;
        this.posts = posts;
    }

    private static long time(HttpClient http, String url, String auth) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("dashboard answered " + r.statusCode() + ": " + r.body());
        }
        return System.nanoTime() - t;
    }

    void run() throws Exception {
        Path data;
        try (RunningServer empty = RunningServer.start(root)) {
            data = empty.dataDir;   // migrated, then stopped
        }
        long start = System.nanoTime();
        Corpus.write(data.resolve("parley.db"), posts, 42);
        System.out.printf("generated %,d posts in %.1f s%n", posts, (System.nanoTime() - start) / 1e9);
        Process add = new ProcessBuilder(root.resolve("parley").toString(), "user", "add", "--handle", "benchexpert",
                "--role", "expert", "--password-stdin", "--data-dir", data.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("user-add.log").toFile()).start();
        add.getOutputStream().write("bench password\n".getBytes(StandardCharsets.UTF_8));
        add.getOutputStream().close();
        if (add.waitFor() != 0) {
            throw new IllegalStateException(java.nio.file.Files.readString(data.resolve("user-add.log")));
        }
        try (RunningServer server = RunningServer.start(root, data)) {
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("benchexpert:bench password".getBytes(StandardCharsets.UTF_8));
            // Each period is computed once and then served from a one-minute cache: ask for six
            // different periods to time the computation, then one again to time the cached answer.
            long[] computed = new long[6];
            for (int i = 0; i < computed.length; i++) {
                computed[i] = time(http, server.base + "/api/v1/dashboard?weeks=" + (12 + i), auth);
            }
            long cached = time(http, server.base + "/api/v1/dashboard?weeks=12", auth);
            Arrays.sort(computed);
            System.out.printf("dashboard over %,d posts: computed median %.0f ms (min %.0f, max %.0f, %d periods of 12-17 weeks); cached %.1f ms%n",
                    posts, computed[computed.length / 2] / 1e6, computed[0] / 1e6, computed[computed.length - 1] / 1e6,
                    computed.length, cached / 1e6);
        }
    }
}
