package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.parley.search.Evaluation;
import org.parley.search.IndexRebuild;
import org.parley.search.TimedSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code parley eval-latency QUERIES.json --out RESULT.json}: times searches in this process with the
 * real search service on a data directory, as the search page runs them (top threads with title and
 * snippet), without HTTP. The side-by-side benchmark ({@code ./parley-bench/run search-compare}) runs
 * it as a child process and compares it with database full-text search on the same posts.
 *
 * <p>Passes, each running every query once: a cold one right after start (one thread: JIT, index
 * files and caches are cold), {@code --warmup-passes} untimed ones, then one warm pass per entry of
 * {@code --threads} with that many threads taking queries from a shared list.
 */
@Command(name = "eval-latency", mixinStandardHelpOptions = true,
        description = "Time searches in process (the search page's work without HTTP): a cold pass, warm-up passes, "
                + "then warm passes with 1 and 2 threads; writes per-query times and top-10 question ids as JSON. "
                + "Search settings pass through as --parley.search.name=value.")
public class EvalLatencyCommand implements java.util.concurrent.Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "QUERIES.json",
            description = "Queries to time, in parley eval's format ({\"queries\":[{id, q, relevant:[]}]}, q in search-box syntax).")
    Path queries;

    @Option(names = "--out", paramLabel = "RESULT.json", required = true, description = "Where to write the times and results.")
    Path out;

    @Option(names = "--ranking", paramLabel = "lexical|hybrid", defaultValue = "lexical",
            description = "lexical: BM25 alone; hybrid: what users get (needs an index with vectors). Default: ${DEFAULT-VALUE}.")
    String ranking;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Threads of each warm pass. Default: ${DEFAULT-VALUE}.")
    List<Integer> threads;

    @Option(names = "--warmup-passes", defaultValue = "2", description = "Untimed passes after the cold one. Default: ${DEFAULT-VALUE}.")
    int warmupPasses;

    @Option(names = "--size", defaultValue = "10", description = "Results per search. Default: ${DEFAULT-VALUE}.")
    int size;

    @Option(names = "--relevance", paramLabel = "LABELLED.json",
            description = "Queries run once more after the timed passes, for their results only (relevance).")
    Path relevance;

    @Option(names = "--rebuild", description = "Rebuild the index from the store first and report how long it took.")
    boolean rebuild;

    @Unmatched
    List<String> springOptions = new ArrayList<>();

    private record Query(String id, String text) {
    }

    @Override
    public Integer call() throws Exception {
        TimedSearch.Ranking chosen = TimedSearch.Ranking.named(ranking);
        if (threads.stream().anyMatch(t -> t < 1 || t > 64)) {
            throw new IllegalArgumentException("--threads must be between 1 and 64, not " + threads);
        }
        if (warmupPasses < 0 || size < 1 || size > 100) {
            throw new IllegalArgumentException("--warmup-passes must be 0 or more and --size between 1 and 100");
        }
        List<Query> timed = read(queries);
        List<Query> labelled = relevance == null ? List.of() : read(relevance);
        ObjectNode result = JSON.createObjectNode();
        result.put("ranking", chosen.label());
        try (var context = Contexts.offline(data, springOptions.toArray(String[]::new))) {
            if (rebuild) {
                IndexRebuild.Result r = context.getBean(IndexRebuild.class).rebuild((done, total, docs) -> { });
                System.out.printf("Indexed %,d questions (%,d documents) in %.1f s.%n", r.questions(), r.documents(),
                        r.millis() / 1000.0);
                ObjectNode built = result.putObject("rebuild");
                built.put("millis", r.millis());
                built.put("questions", r.questions());
                built.put("documents", r.documents());
                built.put("generation", r.generation());
            }
            TimedSearch search = context.getBean(TimedSearch.class);
            ArrayNode passes = result.putArray("passes");
            List<TimedSearch.Timed> cold = pass(search, chosen, timed, 1, passes.addObject().put("name", "cold"));
            ObjectNode results = result.putObject("results");
            for (int i = 0; i < timed.size(); i++) {
                ObjectNode one = results.putObject(timed.get(i).id());
                one.put("total", cold.get(i).total());
                one.put("textChars", cold.get(i).textChars());
                cold.get(i).questionIds().forEach(one.putArray("questionIds")::add);
            }
            for (int i = 0; i < warmupPasses; i++) {
                pass(search, chosen, timed, 1, null);
            }
            for (int t : threads) {
                pass(search, chosen, timed, t, passes.addObject().put("name", "warm"));
            }
            ObjectNode relevant = result.putObject("relevance");
            for (Query q : labelled) {
                search.run(q.text(), chosen, size).questionIds().forEach(relevant.putArray(q.id())::add);
            }
        }
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        System.out.printf("Timed %,d queries (%s) in %d passes; results in %s%n", timed.size(), chosen.label(),
                1 + threads.size(), out);
        return 0;
    }

    /** Runs every query once on {@code threads} threads; records times into {@code record} unless it is null. */
    private List<TimedSearch.Timed> pass(TimedSearch search, TimedSearch.Ranking ranking, List<Query> list, int threads,
                                         ObjectNode record) throws InterruptedException, ExecutionException {
        TimedSearch.Timed[] done = new TimedSearch.Timed[list.size()];
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < list.size(); i = next.getAndIncrement()) {
                        done[i] = search.run(list.get(i).text(), ranking, size);
                    }
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        }
        long wall = System.nanoTime() - started;
        if (record != null) {
            record.put("threads", threads);
            record.put("wallNanos", wall);
            ArrayNode nanos = record.putArray("nanos");
            for (TimedSearch.Timed t : done) {
                nanos.add(t.nanos());
            }
        }
        return List.of(done);
    }

    /** The same file format as {@code parley eval} reads; the labels are not needed here. */
    private static List<Query> read(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        return Evaluation.readQueries(file).stream().map(q -> new Query(q.id(), q.text())).toList();
    }
}
