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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./parley-bench/run load --posts N}: the pages of an N-post site under load from {@code wrk}, the server's
 * cold start on that site, and its resident memory afterwards.
 *
 * <p>The site is a generated Stack Exchange dump ({@link DumpGenerator}) imported with {@code parley import} with a
 * server beside it; into an empty store the import builds the search index itself at its end (lexical search:
 * sentence vectors for 100,000 posts take hours on two cores). It is built once per size and seed and kept in the
 * temp folder; every run works on a fresh copy, so the answers it posts do not pile up and every cold start opens
 * the same files.
 *
 * <p>On the copy: {@code ./parley serve} is launched and polled until a question page answers 200 (the cold start);
 * then wrk, in its own process, requests for a fixed time over a fixed number of connections: question pages (a
 * sample of questions in turn), the home page, the search page (the dump's labelled queries and question titles in
 * turn) and answers posted through the JSON API by a user made for the run, with a personal API token. Every page
 * gets a warm-up run first, not counted, and each run waits until the server is idle, so work left over from the
 * previous page (requests wrk gave up on still run) is not counted against it. Afterwards the posted answers are
 * counted in the store: each one wrk saw acknowledged must be there. The server runs with default heap settings.
 */
final class LoadBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HANDLE = "loadbench";
    private static final int POPULAR = 50;
    private static final String PASSWORD = "load bench password";
    private static final Map<String, String> PAGE_HEADERS = Map.of("Accept", "text/html", "Accept-Encoding", "gzip");
    /** A plausible answer: prose, an identifier, a fenced code block; a few hundred bytes like the corpus's median. */
    private static final String ANSWER_TEXT = """
            Check that **EvtDeviceD0Exit** returns quickly and that you call `WdfDeviceStopIdle` before you send I/O \
            to the lower target; otherwise the power IRP waits on your queue and the watchdog fires.

            ```c
            status = WdfDeviceStopIdle(device, TRUE);
            if (!NT_SUCCESS(status)) {
                return status;
            }
            ```

            The `!wdfkd.wdflogdump` output will show the request still pending when it does.""";

    /** How the run is set up; {@link #quick} shrinks durations and samples so a run takes a minute or two. */
    record Settings(long posts, long seed, int connections, int threads, Duration duration, Duration warmup,
                    int sample, boolean jfr) {

        static Settings of(long posts, long seed, int connections, int threads, int seconds, int warmupSeconds,
                           int sample, boolean jfr) {
            if (posts < 100) {
                throw new IllegalArgumentException("--posts must be at least 100 for a site to load");
            }
            if (sample < 1) {
                throw new IllegalArgumentException("--sample must be at least 1");
            }
            return new Settings(posts, seed, connections, threads, Duration.ofSeconds(seconds),
                    Duration.ofSeconds(warmupSeconds), sample, jfr);
        }
    }

    private final Path root;
    private final Settings settings;
    private final Path out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    LoadBenchmark(Path root, Settings settings, Path out) {
        this.root = root;
        this.settings = settings;
        this.out = out;
    }

    void run() throws Exception {
        if (Wrk.executable().isEmpty()) {
            throw new IllegalStateException("wrk is not installed; install the Debian package: apt-get install wrk"
                    + " (bench/run.sh does it)");
        }
        Site site = site();
        Path work = Files.createTempDirectory("parley-bench-load");
        Path data = work.resolve("data");
        run(List.of("cp", "-a", site.dir.toString(), data.toString()));
        System.out.printf("Working on a copy of the site in %s%n", data);
        List<QuestionRow> sample = sampleQuestions(data.resolve("parley.db"), settings.sample);
        String javaOpts = settings.jfr
                // Spring's and Lucene's stacks are deeper than JFR's default 64 frames, which cut off Parley's own.
                ? "-XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=filename="
                + work.resolve("server.jfr") + ",settings=profile" : "";

        // The launcher builds the jar when sources are newer; do that now, so no build lands in the cold start.
        run(List.of(root.resolve("parley").toString(), "--help"));
        List<Measured> measured = new ArrayList<>();
        Memory memory;
        AnswerCheck answers;
        double coldStart;
        double coldStartCpu;
        try (RunningServer server = RunningServer.start(root, data, List.of("--parley.search.embeddings=false"),
                javaOpts, "/questions/" + sample.get(0).id)) {
            coldStart = server.startSeconds;
            coldStartCpu = server.cpuMillis() / 1e3;
            long rssAfterStart = ProcessStatus.memoryKb(server.pid(), "VmRSS");
            System.out.printf(Locale.ROOT, "cold start: %.2f s to the first 200 of a question page (%.1f s of server"
                    + " CPU)%n", coldStart, coldStartCpu);

            List<String> questionPaths = canonicalPaths(server.base, sample);
            List<String> searchPaths = searchPaths(site.dump, sample);
            String token = token(server.base);
            Map<String, String> apiHeaders = new LinkedHashMap<>(Map.of("Authorization", "Bearer " + token,
                    "Content-Type", "application/json", "Accept", "application/json"));
            List<Long> ids = sample.stream().map(q -> q.id).toList();
            String marker = "loadbench-" + UUID.randomUUID().toString().substring(0, 8);

            Wrk warm = new Wrk(work.resolve("wrk"), settings.connections, settings.threads, settings.warmup,
                    Duration.ofSeconds(5));
            Wrk timed = new Wrk(work.resolve("wrk"), settings.connections, settings.threads, settings.duration,
                    Duration.ofSeconds(5));
            // A few questions read again and again, as popular ones are: their similar questions are cached
            // (post.RelatedSidebar), so this measures the rest of the page; the sample in turn mostly misses.
            List<String> popular = questionPaths.subList(0, Math.min(POPULAR, questionPaths.size()));
            for (String path : popular) {
                read(server.base + path);   // one by one, so each one's similar questions are cached before wrk
            }
            warm.get("warmup-question", server.base, questionPaths, PAGE_HEADERS);
            settle(server);
            warm.get("warmup-popular", server.base, popular, PAGE_HEADERS);
            settle(server);
            warm.get("warmup-home", server.base, List.of("/"), PAGE_HEADERS);
            settle(server);
            warm.get("warmup-search", server.base, searchPaths, PAGE_HEADERS);
            settle(server);
            warm.postAnswers("warmup-answer", server.base, ids, apiHeaders, marker + "-w", ANSWER_TEXT);

            measured.add(measure(server, "question page", String.format(Locale.ROOT,
                    "`/questions/{id}/{slug}`, %,d questions in turn", questionPaths.size()),
                    () -> timed.get("question", server.base, questionPaths, PAGE_HEADERS)));
            measured.add(measure(server, "question page, popular", String.format(Locale.ROOT,
                    "the same, %d questions in turn (similar questions cached)", popular.size()),
                    () -> timed.get("popular", server.base, popular, PAGE_HEADERS)));
            measured.add(measure(server, "home page", "`/`",
                    () -> timed.get("home", server.base, List.of("/"), PAGE_HEADERS)));
            measured.add(measure(server, "search page", String.format(Locale.ROOT,
                    "`/search?q=...`, %,d queries in turn", searchPaths.size()),
                    () -> timed.get("search", server.base, searchPaths, PAGE_HEADERS)));
            Measured posting = measure(server, "post an answer", String.format(Locale.ROOT,
                    "`POST /api/v1/questions/{id}/answers`, Bearer token, %,d questions in turn", ids.size()),
                    () -> timed.postAnswers("answer", server.base, ids, apiHeaders, marker, ANSWER_TEXT));
            measured.add(posting);
            answers = checkAnswers(data.resolve("parley.db"), marker, posting.result);
            memory = new Memory(rssAfterStart, ProcessStatus.memoryKb(server.pid(), "VmRSS"),
                    ProcessStatus.memoryKb(server.pid(), "VmHWM"), ProcessStatus.memoryKb(server.pid(), "RssAnon"),
                    ProcessStatus.memoryKb(server.pid(), "RssFile"));
        }
        String report = report(site, coldStart, coldStartCpu, measured, answers, memory, work);
        System.out.println();
        System.out.println(report);
        if (out != null) {
            Files.writeString(out, report);
            System.out.println("Markdown written to " + out);
        }
        run(List.of("rm", "-rf", data.toString()));
        System.out.println("wrk scripts, lists and output" + (settings.jfr ? " and the flight recording" : "")
                + " kept in " + work);
        if (!answers.lost().isEmpty()) {
            throw new IllegalStateException(answers.lost());
        }
    }

    // --- the site ------------------------------------------------------------------------------------------------

    private record Site(Path dir, Path dump, String origin) {
    }

    /** The imported, indexed site for this size and seed: reused when a finished one is in the temp folder. */
    private Site site() throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"),
                "parley-bench-site-" + settings.posts + "-" + settings.seed);
        Path ready = dir.resolve("site-ready.txt");
        Path dump = DumpGenerator.cached(settings.posts, settings.seed);
        if (Files.isRegularFile(ready)) {
            System.out.println("Reusing the site in " + dir);
            return new Site(dir, dump, Files.readString(ready).strip());
        }
        if (Files.exists(dir)) {
            System.out.println("Deleting an unfinished site in " + dir);
            run(List.of("rm", "-rf", dir.toString()));
        }
        System.out.printf("Building the site in %s from %s%n", dir, dump);
        run(List.of(root.resolve("parley").toString(), "--help")); // builds the jar when stale, outside the timing
        long started;
        double importSeconds;
        try (RunningServer server = RunningServer.start(root, dir, List.of("--parley.search.embeddings=false"))) {
            ProcessBuilder pb = new ProcessBuilder(root.resolve("parley").toString(), "import", "--data-dir",
                    dir.toString(), "--format", "stackexchange", dump.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("import.log").toFile());
            // The import builds the index itself into an empty store, and records the search settings it was built
            // with: unless they are the server's, every server started on the site would rebuild it.
            pb.environment().put("PARLEY_SEARCH_EMBEDDINGS", "false");
            started = System.nanoTime();
            Process p = pb.start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("import failed:\n" + Files.readString(dir.resolve("import.log")));
            }
            importSeconds = (System.nanoTime() - started) / 1e9;
            ImportBenchmark.waitForEmptyOutbox(dir.resolve("parley.db"));
        }
        double searchable = (System.nanoTime() - started) / 1e9;
        String origin = String.format(Locale.ROOT, "built %s: import process %.1f s (%,.0f posts/s), searchable"
                        + " %.1f s after the import started (%,.0f posts/s, lexical)", Instant.now().toString()
                        .substring(0, 16).replace('T', ' '), importSeconds, settings.posts / importSeconds,
                searchable, settings.posts / searchable);
        Files.writeString(ready, origin + "\n");
        System.out.println("Site " + origin);
        return new Site(dir, dump, origin);
    }

    private record QuestionRow(long id, String title) {
    }

    /** {@code n} questions spread evenly over the site (a reader lands on old and new ones alike). */
    private static List<QuestionRow> sampleQuestions(Path db, int n) throws SQLException {
        List<QuestionRow> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            long count;
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM posts WHERE post_type = 'question' AND NOT deleted")) {
                rs.next();
                count = rs.getLong(1);
            }
            if (count == 0) {
                throw new IllegalStateException(db + " holds no questions");
            }
            long step = Math.max(1, count / n);
            try (PreparedStatement q = c.prepareStatement("SELECT id, title FROM posts WHERE post_type = 'question'"
                    + " AND NOT deleted AND id % ? = 0 ORDER BY id LIMIT ?")) {
                q.setLong(1, step);
                q.setInt(2, n);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new QuestionRow(rs.getLong(1), rs.getString(2)));
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no questions sampled from " + db);
        }
        return rows;
    }

    /** Each question's canonical page, from the redirect its bare id answers with (the slug is the server's). */
    private List<String> canonicalPaths(String base, List<QuestionRow> sample) throws Exception {
        List<String> paths = new ArrayList<>();
        for (QuestionRow q : sample) {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/questions/" + q.id)).build(),
                    HttpResponse.BodyHandlers.discarding());
            String location = r.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                    "/questions/" + q.id + " answered " + r.statusCode() + " without a redirect to its page"));
            paths.add(URI.create(location).getRawPath());
        }
        return paths;
    }

    /**
     * Searches as readers type them: the dump's labelled queries (each a reworded duplicate of a question in the
     * site) alternating with titles of the sampled questions, all URL-encoded.
     */
    private static List<String> searchPaths(Path dump, List<QuestionRow> sample) throws IOException {
        List<String> labelled = new ArrayList<>();
        Path labels = dump.resolve("labels.json");
        if (Files.isRegularFile(labels)) {
            for (JsonNode query : JSON.readTree(labels.toFile()).get("queries")) {
                labelled.add(query.get("q").asString());
            }
        }
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            String q = i % 2 == 0 && !labelled.isEmpty() ? labelled.get((i / 2) % labelled.size()) : sample.get(i).title;
            paths.add("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        return paths;
    }

    private void read(String url) throws Exception {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
    }

    /** A member made for the run, and a personal API token for it (no bcrypt check per request, as Basic has). */
    private String token(String base) throws Exception {
        HttpResponse<String> user = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/users"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("handle", HANDLE, "password", PASSWORD)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (user.statusCode() != 201) {
            throw new IllegalStateException("creating the load user answered " + user.statusCode() + ": " + user.body());
        }
        String basic = Base64.getEncoder().encodeToString((HANDLE + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                        .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load benchmark\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("issuing a token answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body()).get("token").asString();
    }

    // --- measuring -----------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface WrkRun {
        WrkResult run() throws Exception;
    }

    private record Measured(String page, String what, WrkResult result, long serverCpuMillis, String loadAfter) {
    }

    private static Measured measure(RunningServer server, String page, String what, WrkRun run) throws Exception {
        settle(server);
        long cpu = server.cpuMillis();
        WrkResult result = run.run();
        long used = server.cpuMillis() - cpu;
        Measured m = new Measured(page, what, result, used, loadAverage());
        System.out.printf(Locale.ROOT, "%-15s %,9.0f req/s  p50 %.2f ms  p99 %.2f ms  %,d requests, %d non-2xx/3xx,"
                        + " %d socket errors%n", page, result.requestsPerSecond(), result.p50Micros() / 1e3,
                result.p99Micros() / 1e3, result.requests(), result.statusErrors(), result.socketErrors());
        return m;
    }

    /**
     * Waits (up to two minutes) until the server uses less than a tenth of a core. Requests wrk gave up on (its
     * timeout) still run to the end on the server, and without this they would be counted against the next page.
     */
    private static void settle(RunningServer server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        long before = server.cpuMillis();
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            long now = server.cpuMillis();
            if (now - before < 100) {
                return;
            }
            before = now;
        }
        System.out.println("the server was still busy after two minutes; measuring anyway");
    }

    private record AnswerCheck(long acknowledged, long stored, long distinct, String lost) {
    }

    /**
     * Counts the answers carrying the run's marker: at least as many as wrk saw acknowledged must be stored (a few
     * more may be, from requests still in flight when wrk stopped), and no two alike.
     */
    private static AnswerCheck checkAnswers(Path db, String marker, WrkResult posting) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT body_markdown) FROM posts"
                     + " WHERE post_type = 'answer' AND body_markdown LIKE ?")) {
            q.setString(1, marker + " t%");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                long stored = rs.getLong(1);
                long distinct = rs.getLong(2);
                String lost = stored < posting.acknowledged()
                        ? (posting.acknowledged() - stored) + " acknowledged answers are missing from the store"
                        : distinct < stored ? (stored - distinct) + " answers were stored twice" : "";
                return new AnswerCheck(posting.acknowledged(), stored, distinct, lost);
            }
        }
    }

    /**
     * Resident memory in KiB. After the load it is also split: anonymous pages (heap, code cache, native memory: what
     * the process itself holds) and file pages (mostly the index files Lucene maps, which the kernel can drop and
     * read back, as any page cache).
     */
    private record Memory(long rssAfterStartKb, long rssAfterLoadKb, long peakKb, long anonymousKb, long fileKb) {
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unavailable) {
            return "?";
        }
    }

    // --- the report ----------------------------------------------------------------------------------------------

    private String report(Site site, double coldStart, double coldStartCpu, List<Measured> measured,
                          AnswerCheck answers, Memory memory, Path work) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Site: %,d generated posts (seed %d), imported with `parley import"
                        + " --format stackexchange` with a server beside it; into the empty store the import builds"
                        + " the search index itself at its end (lexical search, sentence vectors off); %s. Server:"
                        + " `./parley serve` on a copy of it, default heap, `--parley.search.embeddings=false`.%n%n", settings.posts, settings.seed, site.origin));
        b.append(String.format(Locale.ROOT, "wrk from its own process on loopback: `%s`, one run per page after a"
                        + " %d s warm-up run of each (not counted); latencies are wrk's (client side).%n%n",
                new Wrk(Path.of("."), settings.connections, settings.threads, settings.duration, Duration.ofSeconds(5))
                        .commandLine("PAGE.lua", "http://localhost:PORT"), settings.warmup.toSeconds()));
        MarkdownTable table = new MarkdownTable("page", "requests", "requests/s", "p50", "p90", "p99", "max",
                "completed", "non-2xx/3xx", "socket errors", "server CPU per request", "load avg after", "target");
        for (Measured m : measured) {
            WrkResult r = m.result;
            table.row(m.page, m.what, String.format(Locale.ROOT, "**%,.0f**", r.requestsPerSecond()), ms(r.p50Micros()),
                    ms(r.p90Micros()), ms(r.p99Micros()), ms(r.maxMicros()), String.format(Locale.ROOT, "%,d", r.requests()),
                    r.statusErrors(), r.socketErrors(), r.requests() == 0 ? "" : String.format(Locale.ROOT, "%.2f ms",
                            (double) m.serverCpuMillis / r.requests()), m.loadAfter, target(m));
        }
        b.append(table.render()).append('\n');
        b.append(String.format(Locale.ROOT, "Posted answers: %,d acknowledged (201), %,d stored with the run's marker,"
                        + " %,d distinct: %s.%n%n", answers.acknowledged, answers.stored, answers.distinct,
                answers.lost.isEmpty() ? "none lost" : "**" + answers.lost + "**"));
        MarkdownTable start = new MarkdownTable("cold start: launch to first 200 of a question page",
                "RSS after start", "RSS after the load", "of which anonymous / file pages", "peak RSS (VmHWM)");
        // CPU seconds say how much work starting is, whatever else the machine runs; wall time is what users wait.
        start.row(String.format(Locale.ROOT, "**%.2f s**, %.1f s of server CPU (target ≤ 3 s: %s)", coldStart,
                        coldStartCpu, coldStart <= 3 ? "met" : "**not met**"),
                mb(memory.rssAfterStartKb), mb(memory.rssAfterLoadKb),
                mb(memory.anonymousKb) + " / " + mb(memory.fileKb), String.format(Locale.ROOT, "**%s** (target ≤ 600 MB"
                        + " at 1M: %s)", mb(memory.peakKb), memory.peakKb <= 600 * 1024 ? "met" : "**not met**"));
        b.append(start.render());
        if (settings.jfr) {
            b.append(String.format("%nFlight recording of the server: `%s`.%n", work.resolve("server.jfr")));
        }
        return b.toString();
    }

    private static String target(Measured m) {
        WrkResult r = m.result;
        boolean clean = r.statusErrors() == 0 && r.socketErrors() == 0;
        return switch (m.page) {
            case "question page", "question page, popular" -> verdict("≥ 3,000 req/s, p99 ≤ 25 ms, no errors",
                    r.requestsPerSecond() >= 3000 && r.p99Micros() <= 25_000 && clean);
            case "search page" -> verdict("≥ 1,000 req/s, no errors", r.requestsPerSecond() >= 1000 && clean);
            default -> verdict("no errors", clean);
        };
    }

    private static String verdict(String target, boolean met) {
        return target + ": " + (met ? "met" : "**not met**");
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.2f ms", micros / 1e3);
    }

    private static String mb(long kb) {
        return kb < 0 ? "?" : String.format(Locale.ROOT, "%,d MB", kb / 1024);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}
