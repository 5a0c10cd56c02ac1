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
    private final Process process;

    private RunningServer(String base, Path dataDir, Process process) {
        this.base = base;
        this.dataDir = dataDir;
        this.process = process;
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
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(root.resolve("parley").toString(),
                "serve", "--port", String.valueOf(port), "--data-dir", data.toString(),
                "--parley.security.bcrypt-strength=4", "--logging.level.root=WARN"));
        command.addAll(settings);
        Files.createDirectories(data);
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
        String base = "http://localhost:" + port;
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                throw new IllegalStateException("server exited: " + Files.readString(data.resolve("server.log")));
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return new RunningServer(base, data, p);
                }
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("server did not start in time");
    }

    long pid() {
        return process.pid();
    }

    /**
     * CPU time the server process has used so far, in milliseconds, from /proc (Linux), or -1.
     * {@code ./parley} execs the JVM, so the started process is the server itself.
     */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);   // utime + stime
            return ticks * 10;   // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException unavailable) {
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
