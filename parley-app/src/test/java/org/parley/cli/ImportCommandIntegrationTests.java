package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ParleyCommand;
import org.parley.importer.ImportReport;
import org.parley.importer.blogthread.ImportEvaluation;
import org.parley.support.SharedData;
import picocli.CommandLine;

/**
 * {@code parley import} and {@code parley eval-import} run in-process as the launcher runs them: the real KMDF
 * thread against the dev annotations, and every kind of bad file, each refused in one line naming the position.
 */
class ImportCommandIntegrationTests {

    private static final Pattern SUMMARY = Pattern.compile(
            "Imported (\\d+) questions, (\\d+) answers, (\\d+) comments, (\\d+) unanswered questions, (\\d+) users in [\\d.]+ s.*");

    @TempDir
    Path work;

    record Run(int code, String out, String err) {
    }

    private static Run parley(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new ParleyCommand())
                    .setExecutionExceptionHandler(new CommandFailures())
                    .setErr(new PrintWriter(err, true))
                    .execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    private Run importFile(Path file, String... more) {
        String[] base = {"import", "--data-dir", work.resolve("data").toString(), "--format", "blog-thread",
                file.toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return parley(args);
    }

    @Test
    void theKmdfThreadImportsMeetsTheDevTargetsAndImportsOnlyOnce() throws Exception {
        Path thread = SharedData.file(SharedData.KMDF_THREAD).orElse(null);
        Path gold = SharedData.file(SharedData.DEV_THREADS).orElse(null);
        assumeTrue(thread != null, SharedData.missing(SharedData.KMDF_THREAD));
        assumeTrue(gold != null, SharedData.missing(SharedData.DEV_THREADS));
        Path report = work.resolve("report.json");

        Run first = importFile(thread, "--site-name", "KMDF Q&A", "--report", report.toString());
        System.out.println("[kmdf import] " + first.out().strip());
        assertThat(first.code()).as(first.err()).isZero();
        Matcher counts = SUMMARY.matcher(first.out().strip());
        assertThat(counts.matches()).as(first.out()).isTrue();
        int questions = Integer.parseInt(counts.group(1));
        int unanswered = Integer.parseInt(counts.group(4));
        assertThat(questions).isBetween(100, 200);
        assertThat(unanswered).isPositive().isLessThan(questions);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + work.resolve("data/parley.db"))) {
            assertThat(number(db, "SELECT COUNT(*) FROM posts WHERE post_type = 'question' AND answer_count = 0"))
                    .isEqualTo(unanswered);
            assertThat(number(db, "SELECT COUNT(*) FROM posts WHERE post_type = 'question'")).isEqualTo(questions);
            assertThat(number(db, "SELECT COUNT(*) FROM posts WHERE post_type = 'question'"
                    + " AND (LENGTH(title) < 10 OR LENGTH(title) > 120)")).isZero();
        }

        Run eval = parley("eval-import", report.toString(), gold.toString());
        System.out.println("[kmdf eval] " + eval.out().strip().replace("\n", "; "));
        assertThat(eval.code()).as(eval.err()).isZero();
        ImportEvaluation.Result result = ImportEvaluation.evaluate(ImportReport.predictions(report),
                ImportEvaluation.readGold(gold));
        assertThat(result.attachmentAccuracy()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(eval.out()).contains(String.format(Locale.ROOT, "attachment accuracy %.3f", result.attachmentAccuracy()));

        Run again = importFile(thread);
        assertThat(again.out()).startsWith("Imported 0 questions, 0 answers, 0 comments, " + unanswered
                + " unanswered questions, 0 users");
    }

    @Test
    void textInWindows1252WithABomOrWithMojibakeImportsAsTheSameText() throws IOException {
        String text = thread("Why doesn’t my driver’s INF install on Windows 7 x64 – unsigned error?");
        Path cp1252 = write("cp1252.txt", text.getBytes(Charset.forName("windows-1252")));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        Path withBom = write("bom.txt", bom);
        // UTF-8 once mis-read as Windows-1252 and saved again: "doesnâ€™t".
        String mojibake = new String(utf8, Charset.forName("windows-1252"));
        Path garbled = write("mojibake.txt", mojibake.getBytes(StandardCharsets.UTF_8));

        for (Path file : new Path[] {cp1252, withBom, garbled}) {
            Path report = work.resolve(file.getFileName() + ".json");
            Run run = importFile(file, "--dry-run", "--report", report.toString());
            assertThat(run.code()).as(file + ": " + run.err()).isZero();
            assertThat(run.out()).startsWith("Dry run, nothing kept: would import 1 questions");
            assertThat(Files.readString(report)).as(file.toString())
                    .contains("doesn’t").doesNotContain("â€").doesNotContain("\uFEFF");
        }
    }

    @Test
    void anEmptyAuthorBecomesTheSharedAnonymousAccount() throws IOException {
        Path file = write("anonymous.txt", ("Intro\n\n  1.  says:\n\n    How do I read the registry from a KMDF driver?\n\n"
                + "  2.  says:\n\n    Why does WdfDeviceCreate fail with STATUS_INVALID_DEVICE_STATE?\n").getBytes(StandardCharsets.UTF_8));
        Run run = importFile(file, "--report", work.resolve("r.json").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 users");
        assertThat(Files.readString(work.resolve("r.json"))).contains("\"author\" : \"\"");
    }

    @Test
    void aSiteExportedAsAStackExchangeDumpImportsIntoAnotherSite() throws IOException {
        Path file = write("two.txt", ("Intro\n\n  1. tal says:\n\n    How do I read the registry from a KMDF driver?\n\n"
                + "  2. rob says:\n\n    Why does WdfDeviceCreate fail with STATUS_INVALID_DEVICE_STATE?\n").getBytes(StandardCharsets.UTF_8));
        assertThat(importFile(file).code()).isZero();
        Path dump = work.resolve("dump");

        Run export = parley("export", "--data-dir", work.resolve("data").toString(), "--format", "stackexchange",
                dump.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("Exported 2 users, 2 posts, 0 comments, 0 votes, ");

        Run imported = parley("import", "--data-dir", work.resolve("other").toString(), "--format", "stackexchange",
                dump.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported 2 questions, 0 answers, 0 comments, 2 unanswered questions, 2 users")
                .as("an import into an empty site indexes it at the end").contains("Indexed 2 questions");
    }

    @Test
    void badFilesAreRefusedInOneLineWithThePositionAndLeaveNothingBehind() throws IOException {
        assertRefused(write("truncated.txt", (thread("How do I enable WPP tracing in my KMDF driver?") + "  2. rob")
                .getBytes(StandardCharsets.UTF_8)), "truncated.txt: line 9: file is truncated inside a comment header");
        assertRefused(write("no-body.txt", ("Intro\n\n  1. tal says:\n\n  2. rob says:\n\n    Where is the WDK?\n")
                .getBytes(StandardCharsets.UTF_8)), "no-body.txt: line 3: comment 1 has no body");
        assertRefused(write("ends-after-header.txt", (thread("How do I enable WPP tracing in my KMDF driver?")
                + "  2. rob says:\n").getBytes(StandardCharsets.UTF_8)),
                "line 9: comment 2 has no body (the file ends right after its header: truncated?)");
        assertRefused(write("duplicate.txt", ("Intro\n\n  1. tal says:\n\n    Where is the WDK?\n\n  1. rob says:\n\n"
                + "    Which WDK?\n").getBytes(StandardCharsets.UTF_8)),
                "duplicate.txt: line 7: duplicate comment number 1 (already used at line 3)");
        String huge = "    " + "0123456789".repeat(100) + "\n";
        assertRefused(write("huge.txt", (thread("Why is my log so long?") + "  2. rob says:\n\n" + huge.repeat(5200))
                .getBytes(StandardCharsets.UTF_8)), "huge.txt: line 9: comment 2 is larger than 262144 characters");
        assertRefused(write("empty.txt", new byte[0]), "empty.txt: line 1: no comments found");
        assertThat(Files.exists(work.resolve("data/parley.db")) ? questionsIn(work.resolve("data/parley.db")) : 0)
                .isZero();
    }

    @Test
    void wrongUsageAndMissingFilesAreOneLineWithANonZeroExit() throws IOException {
        Run missing = importFile(work.resolve("nope.txt"));
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("parley import: " + work.resolve("nope.txt") + ": no such file");

        Run format = parley("import", "--format", "wxr", "x.xml");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be blog-thread, stackexchange or wordpress (not 'wxr')").doesNotContain("Exception");

        Run notJson = parley("eval-import", write("bad.json", "{".getBytes(StandardCharsets.UTF_8)).toString(), "gold.json");
        assertThat(notJson.code()).isEqualTo(1);
        assertThat(notJson.err().strip()).startsWith("parley eval-import: ").contains("bad.json: not valid JSON")
                .doesNotContain("\n");
    }

    private void assertRefused(Path file, String message) {
        Run run = importFile(file);
        assertThat(run.code()).as(run.out()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("parley import: ").contains(message)
                .doesNotContain("\n").doesNotContain("Exception");
    }

    /** A one-comment thread in the export format; the header of comment 1 is at line 3, its body at line 5. */
    private static String thread(String question) {
        return "A blog post inviting questions.\n\n  1. tal says:\n\n    " + question + "\n\n"
                + "    Thanks, Tal\n\n";
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = work.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static long questionsIn(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return number(c, "SELECT COUNT(*) FROM posts");
        } catch (SQLException e) {
            return 0; // never migrated: nothing there
        }
    }

    private static long number(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
