package org.parley.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for one benchmark run: {@code initdb} in a new folder under the temp directory, its
 * own free port on 127.0.0.1 (trust authentication, user {@code postgres}), stopped and deleted on close. PostgreSQL
 * refuses to run as root, so when the benchmark runs as root the server runs as the {@code postgres} user.
 */
final class PostgresServer implements AutoCloseable {

    /** Stated because they shape the results: the defaults (durable commits included) but a larger buffer pool. */
    private static final String SETTINGS = "-c shared_buffers=256MB -c work_mem=16MB -c max_connections=20";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    static PostgresServer start(Path bin) throws IOException, InterruptedException {
        if (!Files.isExecutable(bin.resolve("initdb")) || !Files.isExecutable(bin.resolve("pg_ctl"))) {
            throw new IllegalArgumentException("no PostgreSQL binaries (initdb, pg_ctl) in " + bin
                    + "; name them with --pg-bin, or skip PostgreSQL with --no-postgres");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("parley-bench-pg");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin, dir, port, root);
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()), dir.resolve("chown.log"));
        }
        server.pg(bin.resolve("initdb") + " -D " + dir.resolve("data") + " -U postgres --auth=trust -E UTF8 --locale=C",
                "initdb.log");
        server.startServer();
        return server;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    String version() {
        return bin.getParent() == null ? bin.toString() : "PostgreSQL " + bin.getParent().getFileName();
    }

    String settings() {
        return SETTINGS.replace("-c ", "");
    }

    private void startServer() throws IOException, InterruptedException {
        pg(bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " -l " + dir.resolve("server.log") + " -w -t 120"
                + " -o '-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 " + SETTINGS + "' start", "pg_ctl.log");
    }

    private void stopServer() throws IOException, InterruptedException {
        pg(bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " -m fast -w -t 120 stop", "pg_ctl.log");
    }

    /** Stops and starts the server: its buffer pool and backends start empty. */
    void restart() throws IOException, InterruptedException {
        stopServer();
        startServer();
    }

    private void pg(String command, String log) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>();
        if (asPostgresUser) {
            argv.addAll(List.of("su", "postgres", "-s", "/bin/sh", "-c", command));
        } else {
            argv.addAll(List.of("/bin/sh", "-c", command));
        }
        run(argv, dir.resolve(log));
    }

    private static void run(List<String> argv, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", argv) + " failed (exit " + p.exitValue() + "); see " + log);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stopServer();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
