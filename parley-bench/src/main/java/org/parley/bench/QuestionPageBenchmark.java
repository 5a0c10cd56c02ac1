package org.parley.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long a question page with many answers takes to render on a warm server: the question, N
 * answers with code blocks and comments, requested over loopback HTTP again and again.
 */
final class QuestionPageBenchmark {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "bench password";

    private final Path root;
    private final int answers;
    private final int requests;
    private final int warmup;
    private final HttpClient http = HttpClient.newHttpClient();

    QuestionPageBenchmark(Path root, int answers, int requests, int warmup) {
        this.root = root;
        this.answers = answers;
        this.requests = requests;
        this.warmup = warmup;
    }

    void run() throws Exception {
        try (RunningServer server = RunningServer.start(root)) {
            String page = seed(server.base);
            for (int i = 0; i < warmup; i++) {
                get(server.base + page);
            }
            long[] nanos = new long[requests];
            int bytes = 0;
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                bytes = get(server.base + page);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("question page, %d answers (%,d bytes of HTML), %d requests after %d warm-up:%n",
                    answers, bytes, requests, warmup);
            System.out.printf("  median %.2f ms   p90 %.2f ms   p99 %.2f ms   max %.2f ms%n",
                    ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        }
    }

    private String seed(String base) throws Exception {
        String asker = user(base, "asker");
        long q = JSON.readTree(post(base + "/api/v1/questions", asker, Map.of(
                "title", "Why does my KMDF driver bugcheck 0x9F on resume from S3?",
                "body", "The dump shows `DRIVER_POWER_STATE_FAILURE`.\n\n```\n" + "nt!KiSwapContext+0x7a\n".repeat(40) + "```",
                "tags", List.of("kmdf", "power-management", "windbg")))).get("id").asLong();
        for (int i = 0; i < answers; i++) {
            String expert = user(base, "expert" + i);
            long a = JSON.readTree(post(base + "/api/v1/questions/" + q + "/answers", expert, Map.of("body",
                    "Answer " + i + ": check that **EvtDeviceD0Exit** returns quickly and that you call "
                            + "`WdfDeviceStopIdle` before sending I/O.\n\n```c\nstatus = WdfDeviceStopIdle(device, TRUE);\n"
                            + "if (!NT_SUCCESS(status)) { return status; }\n```\n\nSee also [the docs](https://example.org/"
                            + i + ")."))).get("id").asLong();
            post(base + "/api/v1/posts/" + a + "/comments", asker, Map.of("body", "Thanks, trying answer " + i + " now."));
        }
        return "/questions/" + q + "/why-does-my-kmdf-driver-bugcheck-0x9f-on-resume-from-s3";
    }

    private String user(String base, String handle) throws Exception {
        post(base + "/api/v1/users", null, Map.of("handle", handle, "password", PASSWORD));
        return handle;
    }

    private String post(String url, String handle, Object body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (handle != null) {
            r.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((handle + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private int get(String url) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r.body().length;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }
}
