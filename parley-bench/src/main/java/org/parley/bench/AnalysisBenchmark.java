package org.parley.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.parley.analysis.TechnicalTextAnalyzer;

/**
 * Throughput of index-time analysis, in process and on one thread (the indexer has one):
 * {@link TechnicalTextAnalyzer} next to Lucene's {@link StandardAnalyzer} and
 * {@link EnglishAnalyzer} on the same posts, so the figures say how far the technical chain is
 * from a plain one on this machine.
 *
 * <p>Two figures per analyzer, because on two shared cores the JIT needs seconds to compile a
 * long filter chain and a fresh server (or {@code parley reindex}) pays that on its first posts:
 * <ul>
 *   <li><b>fresh JVM</b>: one pass over all posts (seed thread and generated) in a new JVM per
 *       analyzer, timed from the first post once loading (the error-code dictionary, the posts)
 *       has been compiled, as in a server that has started; the median of three JVMs by CPU time;
 *   <li><b>warm</b>: per corpus, rounds that analyse every post once with each analyzer in turn
 *       (interleaved, so load from other processes hits all of them alike), first for at least
 *       {@code --warmup-seconds}, then {@code --rounds} measured rounds; medians.
 * </ul>
 * Throughput is reported per CPU-second (wall-clock alongside): with other builds on the same
 * cores, wall-clock mostly says how much CPU the benchmark got.
 *
 * <p>{@code --baseline JAR} adds the TechnicalTextAnalyzer of another parley-analysis build (see
 * {@link BaselineAnalyzer}), to compare before and after a change in one run.
 *
 * <p>{@code ./parley-bench/run analysis [--posts 1000] [--rounds 7] [--warmup-seconds 30] [--thread FILE]
 * [--baseline JAR]}
 */
final class AnalysisBenchmark {

    private static final String BASELINE = "Technical, baseline";
    private static final int MIN_WARMUP_ROUNDS = 3;

    private final Path thread;
    private final int generatedPosts;
    private final int rounds;
    private final int warmupSeconds;
    private final Path baselineJar;
    private final Map<String, Supplier<Analyzer>> analyzers = new LinkedHashMap<>();

    /** @param baselineJar another parley-analysis jar to measure beside this tree's, or null */
    AnalysisBenchmark(Path thread, int generatedPosts, int rounds, int warmupSeconds, Path baselineJar) {
        this.thread = thread;
        this.generatedPosts = generatedPosts;
        this.rounds = rounds;
        this.warmupSeconds = warmupSeconds;
        this.baselineJar = baselineJar;
        analyzers.put("TechnicalTextAnalyzer", TechnicalTextAnalyzer::new);
        if (baselineJar != null) {
            analyzers.put(BASELINE, BaselineAnalyzer.from(baselineJar));
        }
        analyzers.put("StandardAnalyzer", StandardAnalyzer::new);
        analyzers.put("EnglishAnalyzer", EnglishAnalyzer::new);
    }

    void run() throws IOException, InterruptedException {
        Map<String, List<String>> corpora = corpora(true);
        List<String> all = corpora.values().stream().flatMap(List::stream).toList();
        System.out.printf("one thread, Java %s; MB = 10^6 bytes of UTF-8%n", Runtime.version());
        if (baselineJar != null) {
            System.out.println("baseline: TechnicalTextAnalyzer from " + baselineJar);
        }

        System.out.printf("%nfresh JVM, first pass over all %,d posts (%,.2f MB); CPU = the process's, JIT included:%n",
                all.size(), megabytes(all));
        System.out.printf("  %-22s %10s %12s %14s %14s %14s%n", "analyzer", "MB/s", "posts/s", "pass", "CPU",
                "posts/CPU-s");
        for (String analyzer : analyzers.keySet()) {
            long[] nanos = medianByCpu(List.of(firstPassInFreshJvm(analyzer), firstPassInFreshJvm(analyzer),
                    firstPassInFreshJvm(analyzer)));
            double seconds = nanos[0] / 1e9;
            double cpuSeconds = nanos[1] / 1e9;
            System.out.printf("  %-22s %10.2f %,12.0f %11.1f ms %11.1f ms %,14.0f%n", analyzer,
                    megabytes(all) / seconds, all.size() / seconds, seconds * 1e3, cpuSeconds * 1e3,
                    all.size() / cpuSeconds);
        }
        for (Map.Entry<String, List<String>> corpus : corpora.entrySet()) {
            measureWarm(corpus.getKey(), corpus.getValue());
        }
    }

    /**
     * Child-process side of the fresh-JVM figure: prints the wall-clock and the process CPU
     * nanoseconds (all threads, so the JIT compilers' work counts) of one pass with {@code analyzer}.
     */
    void firstPass(String analyzer) throws IOException {
        List<String> all = corpora(false).values().stream().flatMap(List::stream).toList();
        Analyzer instance = analyzers.get(analyzer).get();
        awaitIdleCompiler();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        analyzeAll(instance, all);
        long wall = System.nanoTime() - start;
        System.out.println(wall + " " + (os.getProcessCpuTime() - cpuStart));
    }

    private Map<String, List<String>> corpora(boolean verbose) throws IOException {
        Map<String, List<String>> corpora = new LinkedHashMap<>();
        List<String> seed = TechnicalPosts.seedThread(thread);
        if (!seed.isEmpty()) {
            corpora.put("seed thread", seed);
        } else if (verbose) {
            System.out.println("seed thread " + thread + " not found: measuring generated posts only (pass --thread FILE)");
        }
        corpora.put("generated", TechnicalPosts.generate(generatedPosts, 42));
        return corpora;
    }

    /** Waits (at most 20 s) until the JIT has compiled nothing for half a second. */
    private static void awaitIdleCompiler() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long deadline = System.nanoTime() + 20_000_000_000L;
        long compiled = -1;
        while (jit.getTotalCompilationTime() != compiled && System.nanoTime() < deadline) {
            compiled = jit.getTotalCompilationTime();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long[] medianByCpu(List<long[]> runs) {
        List<long[]> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> Long.compare(a[1], b[1]));
        return sorted.get(sorted.size() / 2);
    }

    /** Wall-clock and process CPU nanoseconds of the first pass in a new JVM. */
    private long[] firstPassInFreshJvm(String analyzer) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Benchmarks.class.getName(), "analysis-first-pass", analyzer, "--thread", thread.toString(),
                "--posts", Integer.toString(generatedPosts)));
        if (baselineJar != null) {
            command.addAll(List.of("--baseline", baselineJar.toString()));
        }
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("first pass with " + analyzer + " failed: " + out);
        }
        String[] lines = out.split("\n");
        String[] figures = lines[lines.length - 1].strip().split(" ");
        return new long[] {Long.parseLong(figures[0]), Long.parseLong(figures[1])};
    }

    private void measureWarm(String name, List<String> posts) throws IOException {
        double megabytes = megabytes(posts);
        Map<String, Analyzer> instances = new LinkedHashMap<>();
        analyzers.forEach((analyzerName, supplier) -> instances.put(analyzerName, supplier.get()));
        System.out.printf("%n%s, warm: %,d posts, %,.2f MB (%,.0f bytes per post on average)%n", name, posts.size(),
                megabytes, megabytes * 1e6 / posts.size());
        long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        int warmupRounds = 0;
        while (warmupRounds < MIN_WARMUP_ROUNDS || System.nanoTime() < warmupEnd) {
            for (Analyzer analyzer : instances.values()) {
                analyzeAll(analyzer, posts);
            }
            warmupRounds++;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, long[]> wallNanos = new LinkedHashMap<>();
        Map<String, long[]> cpuNanos = new LinkedHashMap<>();
        Map<String, Long> tokens = new LinkedHashMap<>();
        for (String analyzer : instances.keySet()) {
            wallNanos.put(analyzer, new long[rounds]);
            cpuNanos.put(analyzer, new long[rounds]);
        }
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Analyzer> analyzer : instances.entrySet()) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                tokens.put(analyzer.getKey(), analyzeAll(analyzer.getValue(), posts));
                wallNanos.get(analyzer.getKey())[round] = System.nanoTime() - start;
                cpuNanos.get(analyzer.getKey())[round] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        System.out.printf("  %d warm-up rounds, medians of %d rounds; MB/s and posts/s per CPU-second of the"
                + " analysing thread%n", warmupRounds, rounds);
        double english = median(cpuNanos.get("EnglishAnalyzer"));
        System.out.printf("  %-22s %10s %12s %12s %12s %12s %14s%n", "analyzer", "MB/s", "posts/s", "tokens/post",
                "CPU/round", "wall/round", "CPU/English");
        for (String analyzer : instances.keySet()) {
            double cpuSeconds = median(cpuNanos.get(analyzer)) / 1e9;
            System.out.printf("  %-22s %10.2f %,12.0f %12.1f %9.1f ms %9.1f ms %13.1fx%n", analyzer,
                    megabytes / cpuSeconds, posts.size() / cpuSeconds, (double) tokens.get(analyzer) / posts.size(),
                    cpuSeconds * 1e3, median(wallNanos.get(analyzer)) / 1e6, cpuSeconds / (english / 1e9));
        }
    }

    /** Analyses every post as the body field and returns the number of tokens (so nothing is optimised away). */
    private static long analyzeAll(Analyzer analyzer, List<String> posts) throws IOException {
        long count = 0;
        for (String post : posts) {
            try (TokenStream stream = analyzer.tokenStream("body", post)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    count += term.length() > 0 ? 1 : 0;
                }
                stream.end();
            }
        }
        return count;
    }

    private static double megabytes(List<String> posts) {
        return posts.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
