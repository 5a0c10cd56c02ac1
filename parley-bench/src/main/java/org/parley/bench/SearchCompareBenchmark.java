package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./parley-bench/run search-compare --posts N}: Parley's search next to PostgreSQL full-text search and SQLite
 * FTS5 on the same posts, the same queries and the same result work (top 10 threads with title and snippet).
 *
 * <ol>
 *   <li>A generated Stack Exchange dump ({@link DumpGenerator}, cached per size and seed) is imported with
 *   {@code ./parley import --format stackexchange} (the imported data directory is cached too).</li>
 *   <li>Parley: {@code ./parley eval-latency --rebuild} in a child JVM rebuilds the lexical index from the store
 *   (timed: Parley's indexing) and times the queries in process with the real search service.</li>
 *   <li>SQLite FTS5 and PostgreSQL (a server this run starts with {@code initdb}, or one named by {@code --pg-url})
 *   load the same posts from Parley's store, so thread ids agree, and run the same queries in this JVM over
 *   JDBC.</li>
 *   <li>Every engine passes the queries cold (first pass after start), then after warm-up passes, warm with 1 and 2
 *   threads; relevance (MRR@10, recall@10 per conversation) on the dump's planted duplicate clusters and on the
 *   development set ({@code ../shared/eval/dev-queries.json} over the imported seed thread).</li>
 * </ol>
 *
 * <p>It prints markdown tables and writes them to {@code --out}.
 */
public final class SearchCompareBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SIZE = 10;

    /**
     * What to run. {@code work} null means a new temp folder and the shared dump and import caches; a given folder
     * holds everything of this run (tests). {@code pgUrl} null means start a server from {@code pgBin}.
     */
    public record Options(Path root, long posts, int queries, long seed, boolean quick, int warmupPasses, Path out,
                          boolean postgres, Path pgBin, String pgUrl, String pgUser, String pgPassword, boolean devSet,
                          Path work) {

        public Options {
            if (warmupPasses < 0) {
                throw new IllegalArgumentException("--warmup-passes must be 0 or more, not " + warmupPasses);
            }
        }

        public static Options defaults(Path root) {
            return new Options(root, 10_000, 1000, 1, false, 2, null, true, Path.of("/usr/lib/postgresql/15/bin"), null,
                    "postgres", "", true, null);
        }

        int labelledQueries() {
            return quick ? 100 : 300;
        }
    }

    /** Mean MRR@10 and recall@10 over the labelled queries with at least one relevant thread in the store. */
    public record Relevance(int queries, double mrr, double recall, double hit) {
    }

    /** One engine's figures. */
    public record EngineResult(String name, String indexing, double indexSeconds, long indexBytes, long totalBytes,
                               long posts, long threads, List<Latencies> passes, Map<String, List<Long>> top,
                               Relevance planted) {
    }

    /** Everything measured; {@code markdown} is what is printed and written. */
    public record Report(long posts, long questions, List<SearchQueries.Query> queries, List<EngineResult> engines,
                         Map<String, Relevance> dev, String markdown) {
    }

    private final Options o;

    public SearchCompareBenchmark(Options options) {
        if (options.posts() < 100) {
            throw new IllegalArgumentException("--posts must be at least 100");
        }
        this.o = options;
    }

    public Report run() throws Exception {
        double[] loadBefore = loadAverage();
        Path work = o.work() != null ? Files.createDirectories(o.work()) : Files.createTempDirectory("parley-bench-search");
        Path dump = o.work() != null ? work.resolve("dump") : DumpGenerator.cached(o.posts(), o.seed());
        if (o.work() != null && !Files.exists(dump.resolve("labels.json"))) {
            DumpGenerator.write(dump, o.posts(), o.seed());
        }
        Path data = o.work() != null ? work.resolve("data")
                : Path.of(System.getProperty("java.io.tmpdir"), "parley-bench-search-data-" + o.posts() + "-" + o.seed());
        importOnce(data, List.of("--format", "stackexchange", dump.toString()));
        ImportedPosts store = new ImportedPosts(data);
        long posts = store.livePosts();
        long questions = store.liveQuestions();
        System.out.printf(Locale.ROOT, "Corpus: %,d posts (%,d questions) in %s%n", posts, questions, data);

        List<SearchQueries.Query> queries = SearchQueries.generate(o.queries(), o.seed());
        List<Labelled> planted = readLabelled(dump.resolve("labels.json"), o.labelledQueries());
        Path queryFile = writeQueries(work.resolve("queries.json"), queries.stream()
                .map(q -> Map.entry(q.id(), q.parley())).toList());
        Path plantedFile = writeQueries(work.resolve("planted.json"), planted.stream()
                .map(q -> Map.entry(q.id(), q.text())).toList());

        List<EngineResult> engines = new ArrayList<>();
        engines.add(parley(data, store, work, queryFile, plantedFile, queries, planted));
        long[] matches;
        try (SqliteFullText fts = new SqliteFullText(work)) {
            EngineResult r = sql(fts, store, queries, planted);
            engines.add(r);
            matches = matchCounts(fts, queries);
        }
        Map<String, Relevance> dev = new LinkedHashMap<>();
        PostgresServer server = null;
        PostgresFullText pg = null;
        try {
            if (o.postgres()) {
                if (o.pgUrl() == null) {
                    server = PostgresServer.start(o.pgBin());
                }
                pg = new PostgresFullText(server != null ? server.url() : o.pgUrl(), o.pgUser(), o.pgPassword(),
                        "search_compare_" + UUID.randomUUID().toString().substring(0, 8), server);
                engines.add(sql(pg, store, queries, planted));
            } else {
                System.out.println("PostgreSQL skipped (--no-postgres)");
            }
            if (o.devSet()) {
                dev.putAll(devSet(work, pg));
            }
        } finally {
            if (pg != null) {
                pg.close();
            }
            if (server != null) {
                server.close();
            }
        }
        String markdown = new SearchCompareTables(o, posts, questions, queries, matches, engines, dev,
                server == null && o.pgUrl() == null ? null : (server != null ? server.version() + " (" + server.settings()
                        + ")" : "the server at " + o.pgUrl()), loadBefore, loadAverage()).markdown();
        System.out.println();
        System.out.println(markdown);
        if (o.out() != null) {
            Files.writeString(o.out(), markdown);
            System.out.println("written to " + o.out());
        }
        if (o.work() == null) {
            System.out.println("work folder (delete when done): " + work);
        }
        return new Report(posts, questions, queries, engines, dev, markdown);
    }

    // ---- Parley ----------------------------------------------------------------------------------------------------

    private EngineResult parley(Path data, ImportedPosts store, Path work, Path queryFile, Path plantedFile,
                                List<SearchQueries.Query> queries, List<Labelled> planted) throws Exception {
        System.out.println("Parley: rebuilding the lexical index (parley eval-latency --rebuild)...");
        Path none = writeQueries(work.resolve("no-queries.json"), List.of());
        JsonNode rebuild = evalLatency(data, work.resolve("parley-rebuild.json"), none, none, "lexical", true, true)
                .get("rebuild");
        // A second JVM, so the cold pass is the first search after start, not after indexing warmed it up.
        System.out.println("Parley: timing the queries in a fresh JVM (parley eval-latency)...");
        JsonNode r = evalLatency(data, work.resolve("parley.json"), queryFile, plantedFile, "lexical", true, false);
        List<Latencies> passes = new ArrayList<>();
        for (JsonNode p : r.get("passes")) {
            long[] nanos = new long[p.get("nanos").size()];
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] = p.get("nanos").get(i).asLong();
            }
            passes.add(new Latencies(p.get("name").asString(), p.get("threads").asInt(), p.get("wallNanos").asLong(), nanos));
        }
        Map<String, List<Long>> top = new LinkedHashMap<>();
        for (SearchQueries.Query q : queries) {
            top.put(q.id(), ids(r.get("results").get(q.id()).get("questionIds")));
        }
        String generation = rebuild.get("generation").asString();
        long bytes = folderSize(data.resolve("index").resolve(generation));
        return new EngineResult("Parley (lexical)",
                "`parley reindex`'s rebuild (IndexRebuild, one thread, lexical: no sentence vectors) of "
                        + String.format(Locale.ROOT, "%,d", rebuild.get("documents").asLong()) + " documents; size: the"
                        + " index generation folder (stored titles and post bodies included)",
                rebuild.get("millis").asLong() / 1000.0, bytes, bytes, store.livePosts(), rebuild.get("questions").asLong(),
                passes, top, relevance(store, planted, relevanceResults(r)));
    }

    private JsonNode evalLatency(Path data, Path out, Path queryFile, Path relevanceFile, String ranking,
                                 boolean embeddingsOff, boolean rebuild) throws Exception {
        List<String> command = new ArrayList<>(List.of(o.root().resolve("parley").toString(), "eval-latency",
                "--data-dir", data.toString(), queryFile.toString(), "--out", out.toString(),
                "--ranking", ranking, "--warmup-passes", String.valueOf(o.warmupPasses()),
                "--relevance", relevanceFile.toString()));
        if (rebuild) {
            command.add("--rebuild");
        }
        if (embeddingsOff) {
            command.add("--parley.search.embeddings=false");
        }
        run(command, out.resolveSibling(out.getFileName() + ".log"));
        return JSON.readTree(out.toFile());
    }

    private static Map<String, List<Long>> relevanceResults(JsonNode r) {
        Map<String, List<Long>> results = new LinkedHashMap<>();
        r.get("relevance").properties().forEach(e -> results.put(e.getKey(), ids(e.getValue())));
        return results;
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asLong()));
        return ids;
    }

    // ---- the database engines --------------------------------------------------------------------------------------

    private EngineResult sql(FullTextEngine engine, ImportedPosts store, List<SearchQueries.Query> queries,
                             List<Labelled> planted) throws Exception {
        System.out.println(engine.name() + ": loading...");
        FullTextEngine.Loaded loaded = engine.load(store);
        System.out.printf(Locale.ROOT, "%s: loaded %,d posts in %.1f s, indexed in %.1f s; timing the queries...%n",
                engine.name(), loaded.posts(), loaded.loadMillis() / 1000.0, loaded.indexMillis() / 1000.0);
        List<Latencies> passes = new ArrayList<>();
        engine.makeCold();
        Map<String, List<Long>> top = new LinkedHashMap<>();
        passes.add(pass(engine, queries, 1, "cold", top));
        for (int i = 0; i < o.warmupPasses(); i++) {
            pass(engine, queries, 1, "warm-up", null);
        }
        passes.add(pass(engine, queries, 1, "warm", null));
        passes.add(pass(engine, queries, 2, "warm", null));
        Map<String, List<Long>> labelled = new LinkedHashMap<>();
        try (FullTextEngine.Session s = engine.open()) {
            for (Labelled q : planted) {
                labelled.put(q.id(), s.searchAnyWord(q.text(), SIZE).threadIds());
            }
        }
        return new EngineResult(engine.name(), loaded.what(), (loaded.loadMillis() + loaded.indexMillis()) / 1000.0,
                loaded.indexBytes(), loaded.totalBytes(), loaded.posts(), loaded.threads(), passes, top,
                relevance(store, planted, labelled));
    }

    /** Every query once, on {@code threads} threads each with its own session; the first results go into {@code top}. */
    private static Latencies pass(FullTextEngine engine, List<SearchQueries.Query> queries, int threads, String name,
                                  Map<String, List<Long>> top) throws Exception {
        long[] nanos = new long[queries.size()];
        @SuppressWarnings("unchecked")
        List<Long>[] results = new List[queries.size()];
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    try (FullTextEngine.Session s = engine.open()) {
                        for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                            long t0 = System.nanoTime();
                            FullTextEngine.Page page = s.search(queries.get(i), SIZE);
                            nanos[i] = System.nanoTime() - t0;
                            results[i] = page.threadIds();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        }
        long wall = System.nanoTime() - started;
        if (top != null) {
            for (int i = 0; i < queries.size(); i++) {
                top.put(queries.get(i).id(), results[i]);
            }
        }
        return new Latencies(name, threads, wall, nanos);
    }

    /** Posts each query matches in FTS5 (untimed), to show how broad the "many matches" queries are. */
    private static long[] matchCounts(FullTextEngine engine, List<SearchQueries.Query> queries) throws Exception {
        long[] counts = new long[queries.size()];
        try (FullTextEngine.Session s = engine.open()) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = s.matches(queries.get(i));
            }
        }
        return counts;
    }

    // ---- the development set ---------------------------------------------------------------------------------------

    /** MRR@10 and recall@10 on the development set per system, or nothing when {@code ../shared} is absent. */
    private Map<String, Relevance> devSet(Path work, PostgresFullText pg) throws Exception {
        Map<String, Relevance> out = new LinkedHashMap<>();
        Path thread = o.root().resolve("../shared/data/blog-thread-kmdf.txt").normalize();
        Path devQueries = o.root().resolve("../shared/eval/dev-queries.json").normalize();
        if (!Files.isRegularFile(thread) || !Files.isRegularFile(devQueries)) {
            System.out.println("Development set skipped: " + thread + " or " + devQueries + " is absent");
            return out;
        }
        System.out.println("Development set: importing the seed thread...");
        Path data = work.resolve("dev-data");
        importOnce(data, List.of("--format", "blog-thread", thread.toString()));
        ImportedPosts store = new ImportedPosts(data);
        List<Labelled> labelled = readLabelled(devQueries, Integer.MAX_VALUE);
        Path none = writeQueries(work.resolve("no-queries.json"), List.of());
        Map<String, Map<String, List<Long>>> bySystem = new LinkedHashMap<>();
        bySystem.put("Parley (lexical)", relevanceResults(
                evalLatency(data, work.resolve("dev-lexical.json"), none, devQueries, "lexical", true, true)));
        if (!o.quick()) {
            System.out.println("Development set: Parley hybrid (rebuilding with sentence vectors)...");
            bySystem.put("Parley (hybrid)", relevanceResults(
                    evalLatency(data, work.resolve("dev-hybrid.json"), none, devQueries, "hybrid", false, true)));
        }
        List<FullTextEngine> others = new ArrayList<>();
        others.add(new SqliteFullText(data));
        if (pg != null) {
            others.add(pg);
        }
        for (FullTextEngine engine : others) {
            engine.load(store);
            Map<String, List<Long>> results = new LinkedHashMap<>();
            try (FullTextEngine.Session s = engine.open()) {
                for (Labelled q : labelled) {
                    results.put(q.id(), s.searchAnyWord(q.text(), SIZE).threadIds());
                }
            }
            bySystem.put(engine.name(), results);
        }
        for (var system : bySystem.entrySet()) {
            out.put(system.getKey(), relevance(store, labelled, system.getValue()));
        }
        return out;
    }

    // ---- relevance -------------------------------------------------------------------------------------------------

    record Labelled(String id, String text, List<String> relevant) {
    }

    private static List<Labelled> readLabelled(Path file, int limit) {
        List<Labelled> list = new ArrayList<>();
        for (JsonNode q : JSON.readTree(file.toFile()).get("queries")) {
            if (list.size() == limit) {
                break;
            }
            List<String> refs = new ArrayList<>();
            q.get("relevant").forEach(r -> refs.add(r.asString()));
            list.add(new Labelled(q.get("id").asString(), q.get("q").asString(), refs));
        }
        return list;
    }

    /** Per conversation, as {@code parley eval} judges: the relevant refs' threads, each counted once. */
    private static Relevance relevance(ImportedPosts store, List<Labelled> labelled, Map<String, List<Long>> results)
            throws Exception {
        double mrr = 0;
        double recall = 0;
        double hit = 0;
        int n = 0;
        for (Labelled q : labelled) {
            List<Long> relevant = store.relevantThreads(q.relevant());
            if (relevant.isEmpty()) {
                continue;
            }
            List<Long> found = results.getOrDefault(q.id(), List.of());
            found = found.subList(0, Math.min(SIZE, found.size()));
            for (int rank = 0; rank < found.size(); rank++) {
                if (relevant.contains(found.get(rank))) {
                    mrr += 1.0 / (rank + 1);
                    hit++;
                    break;
                }
            }
            recall += (double) found.stream().distinct().filter(relevant::contains).count() / relevant.size();
            n++;
        }
        return n == 0 ? new Relevance(0, 0, 0, 0) : new Relevance(n, mrr / n, recall / n, hit / n);
    }

    // ---- plumbing --------------------------------------------------------------------------------------------------

    /** Imports into {@code data} unless a finished import is already there (marked by a file). */
    private void importOnce(Path data, List<String> source) throws Exception {
        Path done = data.resolve("search-compare-imported");
        if (Files.exists(done)) {
            System.out.println("Reusing the import in " + data);
            return;
        }
        Files.createDirectories(data);
        long started = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(o.root().resolve("parley").toString(), "import", "--data-dir",
                data.toString()));
        command.addAll(source);
        run(command, data.resolve("import.log"));
        Files.writeString(done, "imported " + source + " at " + java.time.Instant.now() + "\n");
        System.out.printf(Locale.ROOT, "Imported into %s in %.1f s%n", data, (System.nanoTime() - started) / 1e9);
    }

    private static Path writeQueries(Path file, List<Map.Entry<String, String>> queries) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("queries");
        for (var q : queries) {
            ObjectNode one = list.addObject().put("id", q.getKey()).put("q", q.getValue());
            one.putArray("relevant");   // parley eval's format; relevance is judged here, not by Parley
        }
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return file;
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + p.exitValue() + "):\n"
                    + Files.readString(log));
        }
    }

    private static long folderSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static double[] loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])};
        } catch (IOException | RuntimeException unavailable) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
