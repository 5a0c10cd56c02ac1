package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.support.ApiClient;
import org.parley.support.ApiClient.Response;

/**
 * The README's way in, for real: the {@code ./parley} launcher starts the packaged jar on an
 * embedded store, the operator commands run beside the live server, and a restart loses nothing.
 * Runs after packaging (failsafe), because it needs the jar a user would run.
 */
class LauncherIntegrationTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String PASSWORD = "launcher password";

    @TempDir
    Path work;

    private Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        stop();
    }

    @Test
    void serveAnswersRestartsWithoutLossAndBacksUpWhileWritesGoOn() throws Exception {
        Path data = work.resolve("data");
        int port = freePort();
        ApiClient api = start(data, port);

        Result addAdmin = run(PASSWORD + "\n", "user", "add", "--handle", "root", "--role", "admin",
                "--password-stdin", "--data-dir", data.toString());
        assertThat(addAdmin.code()).as(addAdmin.output()).isZero();
        assertThat(addAdmin.output()).contains("Created admin 'root'");
        ApiClient root = api.as("root", PASSWORD);

        assertThat(api.post("/users", Map.of("handle", "asker", "password", PASSWORD)).status()).isEqualTo(201);
        ApiClient asker = api.as("asker", PASSWORD);
        Response asked = asker.post("/questions", Map.of("title", "Does the launcher keep my question?",
                "body", "It should survive a restart.", "tags", List.of("parley")));
        assertThat(asked.status()).isEqualTo(201);
        long questionId = asked.json().get("id").asLong();
        assertThat(root.post("/questions/" + questionId + "/answers", Map.of("body", "Yes, it is in SQLite.")).status())
                .isEqualTo(201);

        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = Thread.ofPlatform().start(() -> {
            for (int i = 0; writing.get() && i < 2000; i++) {
                Response r = asker.post("/questions", Map.of("title", "Question written during the backup " + i,
                        "body", "Body " + i, "tags", List.of("backup")));
                if (r.status() == 201) {
                    acknowledged.add(new Acknowledged(r.json().get("id").asLong(), Instant.now()));
                }
            }
        });
        waitUntil(() -> acknowledged.size() >= 5, Duration.ofSeconds(30));

        Path backup = work.resolve("backup.db");
        Instant backupStarted = Instant.now();
        Set<Long> ackedBeforeBackup = new HashSet<>();
        acknowledged.forEach(a -> ackedBeforeBackup.add(a.id()));
        Result backedUp = run("", "backup", "--to", backup.toString(), "--data-dir", data.toString());
        assertThat(backedUp.code()).as(backedUp.output()).isZero();
        assertThat(backedUp.output()).contains("Backed up to");
        waitUntil(() -> acknowledged.stream().anyMatch(a -> a.at().isAfter(backupStarted.plusSeconds(1))), Duration.ofSeconds(30));
        writing.set(false);
        writer.join();

        Set<Long> inBackup = postIds(backup);
        assertThat(inBackup).contains(questionId).containsAll(ackedBeforeBackup);

        Result refused = run("", "backup", "--to", backup.toString(), "--data-dir", data.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.output()).contains("exists already").doesNotContain("Exception").doesNotContain("\tat ");

        stop();
        api = start(data, port);
        Response again = api.get("/questions/" + questionId);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("answers").get(0).get("bodyMarkdown").asString()).isEqualTo("Yes, it is in SQLite.");
        for (Acknowledged a : acknowledged) {
            assertThat(api.get("/questions/" + a.id()).status()).as("acknowledged question %d", a.id()).isEqualTo(200);
        }
    }

    @Test
    void commandsExplainThemselvesAndRefuseBadInputWithAClearMessage() throws Exception {
        Result help = run("", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.output()).contains("serve", "user", "backup");
        Result userHelp = run("", "user", "add", "--help");
        assertThat(userHelp.code()).isZero();
        assertThat(userHelp.output()).contains("--password-stdin");

        Path data = work.resolve("data");
        Result badRole = run("", "user", "set-role", "--handle", "nobody", "--role", "wizard", "--data-dir", data.toString());
        assertThat(badRole.code()).isEqualTo(1);
        assertThat(badRole.output()).contains("--role must be one of").doesNotContain("\tat ");

        Result badHandle = run(PASSWORD + "\n", "user", "add", "--handle", "No Spaces", "--password-stdin",
                "--data-dir", data.toString());
        assertThat(badHandle.code()).isEqualTo(1);
        assertThat(badHandle.output()).contains("handle: must be 3 to 30 characters").doesNotContain("\tat ");

        Result unknown = run("", "frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.output()).contains("Unmatched argument");
    }

    private record Acknowledged(long id, Instant at) {
    }

    private record Result(int code, String output) {
    }

    private ApiClient start(Path data, int port) throws Exception {
        Path log = work.resolve("server-" + System.nanoTime() + ".log");
        server = new ProcessBuilder(ROOT.resolve("parley").toString(), "serve", "--port", String.valueOf(port),
                "--data-dir", data.toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ApiClient api = new ApiClient("http://localhost:" + port + "/api/v1");
        ApiClient health = new ApiClient("http://localhost:" + port);
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("server exited: " + Files.readString(log));
            }
            try {
                if (health.get("/actuator/health").status() == 200) {
                    return api;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("server did not start within 120 s: " + Files.readString(log));
    }

    private void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
        server = null;
    }

    private Result run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("parley").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("parley " + String.join(" ", args) + " did not finish: " + output);
        }
        return new Result(p.exitValue(), output);
    }

    private static Set<Long> postIds(Path database) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             ResultSet rs = c.createStatement().executeQuery("SELECT id FROM posts")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
