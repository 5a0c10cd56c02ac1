package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.bench.DumpGenerator;
import org.parley.importer.SafeXml;

/**
 * A Stack Exchange import killed with SIGKILL (as a crash or an impatient operator would) and run again finishes
 * the dump with nothing twice: no post or comment duplicated, every anonymous vote counted once. Runs the packaged
 * jar through {@code ./parley}, after packaging (failsafe).
 */
class DumpImportLauncherIntegrationTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void anImportKilledWhileWritingPostsAndAgainWhileCountingVotesFinishesWithoutDuplicates() throws Exception {
        Path dump = work.resolve("dump");
        DumpGenerator.Summary generated = DumpGenerator.write(dump, 20_000, 7);
        Path data = work.resolve("data");

        killWhen(data, dump, "SELECT COUNT(*) FROM posts", n -> n > 0);
        long postsAfterFirstKill = count(data, "SELECT COUNT(*) FROM posts");
        assertThat(postsAfterFirstKill).as("killed while writing posts").isBetween(1L, generated.posts() - 1);
        killWhen(data, dump, "SELECT COUNT(*) FROM import_checkpoints", n -> n > 0);

        Result finished = importDump(data, dump);
        assertThat(finished.code()).as(finished.output()).isZero();
        assertThat(finished.output()).contains("already imported, left unchanged");

        assertThat(count(data, "SELECT COUNT(*) FROM posts")).isEqualTo(generated.posts());
        assertThat(count(data, "SELECT COUNT(DISTINCT source_ref) FROM posts")).isEqualTo(generated.posts());
        assertThat(count(data, "SELECT COUNT(*) FROM comments")).isEqualTo(generated.comments());
        assertThat(count(data, "SELECT COUNT(*) FROM post_revisions")).isEqualTo(generated.posts());
        assertThat(scores(data)).isEqualTo(dumpScores(dump.resolve("Posts.xml")));

        Result again = importDump(data, dump);
        assertThat(again.code()).as(again.output()).isZero();
        assertThat(again.output()).contains("Imported 0 questions, 0 answers, 0 comments");
        assertThat(scores(data)).isEqualTo(dumpScores(dump.resolve("Posts.xml")));
    }

    private record Result(int code, String output) {
    }

    /** Starts the import and kills it (SIGKILL) as soon as {@code query} returns a count that {@code when} accepts. */
    private void killWhen(Path data, Path dump, String query, LongPredicate when) throws Exception {
        Process p = new ProcessBuilder(command(data, dump)).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("killed-" + System.nanoTime() + ".log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new AssertionError("the import ended (exit " + p.exitValue() + ") before it could be killed");
                }
                if (Files.exists(data.resolve("parley.db")) && when.test(countQuietly(data, query))) {
                    p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no rollback but SQLite's own
                    return;
                }
                Thread.sleep(20);
            }
            throw new AssertionError("the import did not get there within 240 s");
        } finally {
            p.destroyForcibly();
        }
    }

    private Result importDump(Path data, Path dump) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command(data, dump)).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the import did not finish: " + output);
        }
        return new Result(p.exitValue(), output);
    }

    private static List<String> command(Path data, Path dump) {
        return List.of(ROOT.resolve("parley").toString(), "import", "--data-dir", data.toString(),
                "--format", "stackexchange", dump.toString());
    }

    private static long countQuietly(Path data, String query) {
        try {
            return count(data, query);
        } catch (SQLException notYet) {
            return 0; // the schema is not migrated yet, or a writer holds a lock
        }
    }

    private static long count(Path data, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("parley.db"));
             ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Score by dump post id, as imported. */
    private static Map<Long, Integer> scores(Path data) throws SQLException {
        Map<Long, Integer> scores = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("parley.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT source_ref, score FROM posts")) {
            while (rs.next()) {
                String ref = rs.getString(1);
                scores.put(Long.parseLong(ref.substring(ref.lastIndexOf('-') + 1)), rs.getInt(2));
            }
        }
        return scores;
    }

    private static Map<Long, Integer> dumpScores(Path posts) throws Exception {
        Map<Long, Integer> scores = new HashMap<>();
        try (InputStream in = Files.newInputStream(posts)) {
            XMLStreamReader xml = SafeXml.open(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    scores.put(Long.parseLong(xml.getAttributeValue(null, "Id")),
                            Integer.parseInt(xml.getAttributeValue(null, "Score")));
                }
            }
        }
        return scores;
    }
}
