package org.parley.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./parley-bench/run import --posts N}: generates a dump (or reuses one), runs {@code ./parley import
 * --format stackexchange} on a fresh data directory in its own JVM with a bounded heap, and reports posts/s, wall
 * time, peak heap (from the GC log), peak resident memory ({@code VmHWM}) and CPU time of the import process.
 *
 * <p>With {@code --search lexical} (the default) or {@code --search hybrid} a server runs on the same data directory
 * during the import, as an operator would have it. An import into the empty store indexes everything itself at its
 * end and the server opens that index; otherwise the server's indexer drains the search outbox as batches commit.
 * The clock stops when the outbox is empty and the server finds the last imported question, so the figure includes
 * indexing. {@code lexical} switches sentence vectors
 * off ({@code parley.search.embeddings=false}). Afterwards it checks that search finds the imported posts: sampled
 * questions by their title, and the dump's labelled duplicate-cluster queries (hit@10, MRR@10).
 */
final class ImportBenchmark {

    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern IMPORTED_IN = Pattern.compile(" in ([0-9.]+) s");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path root;
    private final long posts;
    private final long seed;
    private final String search;
    private final String heap;
    private final Path dump;
    private final boolean jfr;
    private final Path out;

    /** {@code out}, when not null, receives the figures as a Markdown table (for {@code bench/run.sh}). */
    ImportBenchmark(Path root, long posts, long seed, String search, String heap, Path dump, boolean jfr, Path out) {
        if (!List.of("off", "lexical", "hybrid").contains(search)) {
            throw new IllegalArgumentException("--search must be off, lexical or hybrid");
        }
        this.root = root;
        this.posts = posts;
        this.seed = seed;
        this.search = search;
        this.heap = heap;
        this.dump = dump;
        this.jfr = jfr;
        this.out = out;
    }

    void run() throws Exception {
        Path dumpDir = dump != null ? dump : DumpGenerator.cached(posts, seed);
        run(List.of(root.resolve("parley").toString(), "--help"), Path.of("/dev/null")); // builds the jar if stale
        Path data = Files.createTempDirectory("parley-bench-import");
        System.out.printf("Data directory %s, dump %s%n", data, dumpDir);
        RunningServer server = null;
        if (!search.equals("off")) {
            server = RunningServer.start(root, data, List.of("--parley.search.embeddings=" + search.equals("hybrid")));
        }
        try {
            List<String> command = List.of(root.resolve("parley").toString(), "import", "--data-dir", data.toString(),
                    "--format", "stackexchange", dumpDir.toString());
            String javaOpts = "-Xmx" + heap + " -Xlog:gc:file=" + data.resolve("gc-import.log")
                    + (jfr ? " -XX:StartFlightRecording=filename=" + data.resolve("import.jfr") + ",settings=profile" : "");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(data.resolve("import.log").toFile());
            pb.environment().put("JAVA_OPTS", javaOpts);
            if (server != null) {
                // The import builds the index itself when the store is empty: with the server's embedding setting.
                pb.environment().put("PARLEY_SEARCH_EMBEDDINGS", String.valueOf(search.equals("hybrid")));
            }
            long started = System.nanoTime();
            Process p = pb.start();
            ProcStats stats = new ProcStats(p.pid());
            while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
                stats.sample();
            }
            double importSeconds = (System.nanoTime() - started) / 1e9;
            String output = Files.readString(data.resolve("import.log"));
            if (p.exitValue() != 0) {
                throw new IllegalStateException("import failed (exit " + p.exitValue() + "):\n" + output);
            }
            String summary = output.lines().filter(l -> l.startsWith("Imported")).findFirst().orElse("?");
            Matcher in = IMPORTED_IN.matcher(summary);
            double inner = in.find() ? Double.parseDouble(in.group(1)) : Double.NaN;
            double searchableSeconds = Double.NaN;
            if (server != null) {
                waitForEmptyOutbox(data.resolve("parley.db"));
                waitForLastQuestion(server, data.resolve("parley.db"));
                searchableSeconds = (System.nanoTime() - started) / 1e9;
            }
            double[] gc = gcPeaks(data.resolve("gc-import.log"));

            System.out.println();
            System.out.println(summary);
            System.out.printf(Locale.ROOT, "posts: %,d   import process: %.1f s wall (%.1f s inside the import), %,.0f posts/s"
                            + " (%,.0f posts/s inside)%n", posts, importSeconds, inner, posts / importSeconds,
                    posts / inner);
            System.out.printf(Locale.ROOT, "import JVM: -Xmx%s, heap peak %,.0f MB before GC, %,.0f MB live after GC;"
                            + " RSS peak (VmHWM) %,d MB; CPU %.1f s (%.0f %% of one core)%n", heap, gc[0], gc[1],
                    stats.hwmKb / 1024, stats.cpuSeconds, 100 * stats.cpuSeconds / importSeconds);
            MarkdownTable table = new MarkdownTable("posts", "search beside the import", "import, inside",
                    "import process", "searchable after", "heap peak / live", "RSS peak (VmHWM)", "CPU");
            table.row(String.format(Locale.ROOT, "%,d", posts), search, String.format(Locale.ROOT,
                            "%.1f s, **%,.0f posts/s**", inner, posts / inner),
                    String.format(Locale.ROOT, "%.1f s, %,.0f posts/s", importSeconds, posts / importSeconds),
                    server == null ? "" : String.format(Locale.ROOT, "%.1f s, %,.0f posts/s", searchableSeconds,
                            posts / searchableSeconds),
                    String.format(Locale.ROOT, "%,.0f / %,.0f MB (-Xmx%s)", gc[0], gc[1], heap),
                    String.format(Locale.ROOT, "%,d MB", stats.hwmKb / 1024),
                    String.format(Locale.ROOT, "%.1f s", stats.cpuSeconds));
            if (out != null) {
                Files.writeString(out, table.render());
            }
            if (server != null) {
                System.out.printf(Locale.ROOT, "search (%s): searchable %.1f s after the import started, %,.0f posts/s"
                                + " including indexing; server RSS peak %,d MB%n", search, searchableSeconds,
                        posts / searchableSeconds, new ProcStats(server.pid()).sampleHwm() / 1024);
                checkSearch(server, data.resolve("parley.db"), dumpDir.resolve("labels.json"));
            }
            if (jfr) {
                System.out.println("flight recording: " + data.resolve("import.jfr"));
            }
            System.out.println("data directory (delete when done): " + data);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    static void waitForEmptyOutbox(Path database) throws SQLException, InterruptedException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            while (true) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM search_outbox")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                } catch (SQLException busy) {
                    // a writer holds the lock for a moment: look again
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * An import into an empty store writes no outbox rows and publishes a whole index at its end, which the server
     * then opens: searchable means the server finds the last imported question by its title (an import through the
     * outbox passes at once once the outbox is empty). Gives up after two minutes and says so.
     */
    private static void waitForLastQuestion(RunningServer server, Path database) throws Exception {
        long id;
        String title;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT id, title FROM posts WHERE post_type = 'question' ORDER BY id DESC LIMIT 1")) {
            if (!rs.next()) {
                return;
            }
            id = rs.getLong(1);
            title = rs.getString(2);
        }
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!search(http, server, title).contains(id)) {
            if (System.nanoTime() > deadline) {
                System.out.println("the last imported question was not found by its title within two minutes");
                return;
            }
            Thread.sleep(100);
        }
    }

    private void checkSearch(RunningServer server, Path database, Path labels) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int found = 0;
        int sampled = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            long questions;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM posts WHERE post_type = 'question'")) {
                rs.next();
                questions = rs.getLong(1);
            }
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id, title FROM posts WHERE post_type = 'question' ORDER BY id LIMIT 1 OFFSET ?")) {
                for (int i = 0; i < 20 && questions > 0; i++) {
                    q.setLong(1, i * questions / 20);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        sampled++;
                        if (search(http, server, rs.getString("title")).contains(rs.getLong("id"))) {
                            found++;
                        }
                    }
                }
            }
            System.out.printf("search finds %d of %d sampled questions by their title in its top 10%n", found, sampled);
            if (!Files.isRegularFile(labels)) {
                return;
            }
            JsonNode queries = JSON.readTree(labels.toFile()).get("queries");
            double hits = 0;
            double reciprocal = 0;
            int n = 0;
            try (PreparedStatement ids = c.prepareStatement(
                    "SELECT id FROM posts WHERE source_system = 'stackexchange' AND source_ref = ?")) {
                for (JsonNode query : queries) {
                    if (n == 200) {
                        break;
                    }
                    Set<Long> relevant = new HashSet<>();
                    for (JsonNode ref : query.get("relevant")) {
                        ids.setString(1, ref.asString());
                        try (ResultSet rs = ids.executeQuery()) {
                            if (rs.next()) {
                                relevant.add(rs.getLong(1));
                            }
                        }
                    }
                    List<Long> results = search(http, server, query.get("q").asString());
                    for (int rank = 0; rank < results.size(); rank++) {
                        if (relevant.contains(results.get(rank))) {
                            hits++;
                            reciprocal += 1.0 / (rank + 1);
                            break;
                        }
                    }
                    n++;
                }
            }
            System.out.printf(Locale.ROOT, "labelled duplicate-cluster queries: %d, hit@10 %.3f, MRR@10 %.3f%n", n,
                    n == 0 ? 0 : hits / n, n == 0 ? 0 : reciprocal / n);
        }
    }

    /** The question ids of the first page (10) of results. */
    private static List<Long> search(HttpClient http, RunningServer server, String q) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.base + "/api/v1/search?pageSize=10&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        List<Long> ids = new ArrayList<>();
        if (r.statusCode() == 200) {
            JSON.readTree(r.body()).get("items").forEach(item -> ids.add(item.get("questionId").asLong()));
        }
        return ids;
    }

    /** Largest heap before a collection and largest heap after one, in MB, from {@code -Xlog:gc}. */
    private static double[] gcPeaks(Path log) throws IOException {
        double before = 0;
        double after = 0;
        if (Files.isRegularFile(log)) {
            for (String line : Files.readAllLines(log)) {
                Matcher m = GC_PAUSE.matcher(line);
                if (m.find()) {
                    before = Math.max(before, Double.parseDouble(m.group(1)));
                    after = Math.max(after, Double.parseDouble(m.group(2)));
                }
            }
        }
        return new double[] {before, after};
    }

    private static void run(List<String> command, Path out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    /** Peak resident memory and CPU time of a process, read from {@code /proc} while it runs. */
    private static final class ProcStats {
        private final long pid;
        long hwmKb;
        double cpuSeconds;

        ProcStats(long pid) {
            this.pid = pid;
        }

        void sample() {
            sampleHwm();
            long cpu = ProcessStatus.cpuMillis(pid);
            if (cpu >= 0) {   // else the process ended between two samples
                cpuSeconds = cpu / 1000.0;
            }
        }

        long sampleHwm() {
            hwmKb = Math.max(hwmKb, ProcessStatus.memoryKb(pid, "VmHWM"));
            return hwmKb;
        }
    }
}
