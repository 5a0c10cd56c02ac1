package org.parley.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

import tools.jackson.databind.json.JsonMapper;

/**
 * How long the backlog dashboard's figures take on a large store: a generated corpus of N posts
 * (default 1M) in SQLite, then {@code GET /api/v1/dashboard?weeks=N} as an expert, each period asked for once.
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
        // The first start on the written store, as after an upgrade: whatever the server derives from
        // the posts at start-up is built here, and timed.
        start = System.nanoTime();
        Process add = new ProcessBuilder(root.resolve("parley").toString(), "user", "add", "--handle", "benchexpert",
                "--role", "expert", "--password-stdin", "--data-dir", data.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("user-add.log").toFile()).start();
        add.getOutputStream().write("bench password\n".getBytes(StandardCharsets.UTF_8));
        add.getOutputStream().close();
        if (add.waitFor() != 0) {
            throw new IllegalStateException(java.nio.file.Files.readString(data.resolve("user-add.log")));
        }
        System.out.printf("first start on the corpus (parley user add) took %.1f s%n", (System.nanoTime() - start) / 1e9);
        try (RunningServer server = RunningServer.start(root, data)) {
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Bearer " + token(http, server.base);
            // Every request asks for a period not asked for before, so no cache can answer it: each
            // time is one fresh computation (plus loopback HTTP and a token lookup, no bcrypt).
            // Warm-up on other periods, so the JIT has compiled the hot paths before the timed requests.
            for (int weeks = 30; weeks < 50; weeks++) {
                time(http, server.base + "/api/v1/dashboard?weeks=" + weeks, auth);
            }
            long[] computed = new long[11];
            long cpu = server.cpuMillis();
            for (int i = 0; i < computed.length; i++) {
                computed[i] = time(http, server.base + "/api/v1/dashboard?weeks=" + (12 + i), auth);
            }
            cpu = cpu < 0 ? -1 : (server.cpuMillis() - cpu) / computed.length;
            long year = time(http, server.base + "/api/v1/dashboard?weeks=52", auth);
            long twoYears = time(http, server.base + "/api/v1/dashboard?weeks=104", auth);
            Arrays.sort(computed);
            // Server CPU per request does not grow when other work shares the machine, as wall-clock times do.
            System.out.printf("dashboard over %,d posts: median %.1f ms (min %.1f, max %.1f) over %d periods of 12-22 weeks"
                            + " (server CPU %d ms per request, mean); 52 weeks %.1f ms; 104 weeks %.1f ms%n",
                    posts, computed[computed.length / 2] / 1e6, computed[0] / 1e6, computed[computed.length - 1] / 1e6,
                    computed.length, cpu, year / 1e6, twoYears / 1e6);
        }
    }

    /** A personal API token for the expert, so timed requests skip HTTP Basic's bcrypt check. */
    private static String token(HttpClient http, String base) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("benchexpert:bench password".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                        .header("Authorization", basic).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("token request answered " + r.statusCode() + ": " + r.body());
        }
        return JsonMapper.builder().build().readTree(r.body()).get("token").asString();
    }
}
