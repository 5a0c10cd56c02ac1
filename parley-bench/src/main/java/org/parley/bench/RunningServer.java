package org.parley.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** A Parley server started through {@code ./parley serve} on a fresh data directory. */
final class RunningServer implements AutoCloseable {

    final String base;
    final Path dataDir;
    /** Seconds from launching {@code ./parley serve} to the first 200 of the path it was started with. */
    final double startSeconds;
    private final Process process;

    private RunningServer(String base, Path dataDir, Process process, double startSeconds) {
        this.base = base;
        this.dataDir = dataDir;
        this.process = process;
        this.startSeconds = startSeconds;
    }

    static RunningServer start(Path root) throws IOException, InterruptedException {
        return start(root, Files.createTempDirectory("parley-bench-main"));
    }

    static RunningServer start(Path root, Path data) throws IOException, InterruptedException {
        return start(root, data, java.util.List.of());
    }

    /** {@code settings} are extra {@code --name=value} Spring settings, e.g. {@code --parley.search.embeddings=false}. */
    static RunningServer start(Path root, Path data, java.util.List<String> settings)
            throws IOException, InterruptedException {
        return start(root, data, settings, "", "/actuator/health");
    }

    /**
     * Starts the server with {@code javaOpts} for its JVM (the launcher passes {@code JAVA_OPTS} through) and
     * returns once {@code readyPath} answers 200 (redirects followed); {@link #startSeconds} is the time from
     * launching {@code ./parley serve} to that answer.
     */
    static RunningServer start(Path root, Path data, java.util.List<String> settings, String javaOpts,
                               String readyPath) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(root.resolve("parley").toString(),
                "serve", "--port", String.valueOf(port), "--data-dir", data.toString(),
                "--parley.security.bcrypt-strength=4", "--logging.level.root=WARN"));
        command.addAll(settings);
        Files.createDirectories(data);
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
        if (!javaOpts.isBlank()) {
            pb.environment().put("JAVA_OPTS", javaOpts);
        }
        long launched = System.nanoTime();
        Process p = pb.start();
        String base = "http://localhost:" + port;
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        // Generous: a cold start at 1M posts on a loaded two-core machine has taken minutes, and a run that gives up
        // there loses the hour that built the site.
        Instant deadline = Instant.now().plusSeconds(600);
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                throw new IllegalStateException("server exited: " + Files.readString(data.resolve("server.log")));
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(base + readyPath)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return new RunningServer(base, data, p, (System.nanoTime() - launched) / 1e9);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            // Polled often, so the start-up time is not rounded up to a long sleep.
            Thread.sleep(50);
        }
        p.destroyForcibly();
        throw new IllegalStateException("server did not start in time");
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the server process has used so far, in milliseconds ({@code ./parley} execs the JVM), or -1. */
    long cpuMillis() {
        return ProcessStatus.cpuMillis(process.pid());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
