package org.parley.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point: {@code ./parley-bench/run page [--answers 50] [--requests 500]}. The page and
 * dashboard benchmarks start a real server from the launcher on a fresh data directory, so they
 * measure what users get; the analysis benchmark runs the analyzers in this process.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        Path root = Path.of(take(rest, "--root", "."));
        if (rest.isEmpty()) {
            System.err.println("usage: run page [--answers N] [--requests N] [--warmup N] | dashboard [--posts N]"
                    + " | analysis [--posts N] [--rounds N] [--warmup-seconds N] [--thread FILE] [--baseline JAR]"
                    + " | se-dump --posts N [--seed S] --out DIR"
                    + " | import --posts N [--seed S] [--search off|lexical|hybrid] [--heap 512m] [--dump DIR] [--jfr] [--out FILE]"
                    + " | load --posts N [--seed S] [--connections 32] [--threads 2] [--seconds 30] [--warmup 10]"
                    + " [--sample 2000] [--quick] [--jfr] [--out FILE]"
                    + " | bench-section --file BENCHMARKS.md --key KEY --from SECTION.md"
                    + " | search-compare --posts N [--queries 1000] [--seed S] [--quick] [--warmup-passes 2]"
                    + " [--out FILE] [--no-postgres]"
                    + " [--pg-bin DIR] [--pg-url URL --pg-user U --pg-password P] [--no-dev-set]");
            System.exit(2);
        }
        String name = rest.remove(0);
        try {
            run(root, name, rest);
        } catch (IllegalArgumentException badInput) {
            // What was asked is wrong (an option's value, an unknown option): say so, without a stack trace.
            System.err.println("parley-bench " + name + ": " + badInput.getMessage());
            System.exit(2);
        }
    }

    private static void run(Path root, String name, List<String> rest) throws Exception {
        switch (name) {
            case "page" -> new QuestionPageBenchmark(root,
                    integer(rest, "--answers", "50"),
                    integer(rest, "--requests", "500"),
                    integer(rest, "--warmup", "300")).run();
            case "dashboard" -> new DashboardBenchmark(root, integer(rest, "--posts", "1000000")).run();
            case "analysis" -> analysis(root, rest).run();
            // The fresh-JVM half of the analysis benchmark, run in a child process.
            case "analysis-first-pass" -> analysis(root, rest).firstPass(rest.get(0));
            case "se-dump" -> {
                String out = take(rest, "--out", null);
                if (out == null) {
                    System.err.println("se-dump needs --out DIR");
                    System.exit(2);
                }
                long started = System.nanoTime();
                DumpGenerator.Summary s = DumpGenerator.write(Path.of(out), whole(rest, "--posts", "10000"),
                        whole(rest, "--seed", "1"));
                System.out.printf("Wrote %s to %s in %.1f s%n", s.line(), out, (System.nanoTime() - started) / 1e9);
            }
            case "import" -> {
                String dump = take(rest, "--dump", null);
                boolean jfr = rest.remove("--jfr");
                new ImportBenchmark(root, whole(rest, "--posts", "10000"),
                        whole(rest, "--seed", "1"), take(rest, "--search", "lexical"),
                        take(rest, "--heap", "512m"), dump == null ? null : Path.of(dump), jfr, optionalPath(rest, "--out"))
                        .run();
            }
            case "load" -> {
                boolean quick = rest.remove("--quick");
                boolean jfr = rest.remove("--jfr");
                new LoadBenchmark(root, LoadBenchmark.Settings.of(whole(rest, "--posts", "100000"),
                        whole(rest, "--seed", "1"),
                        integer(rest, "--connections", "32"),
                        integer(rest, "--threads", "2"),
                        integer(rest, "--seconds", quick ? "5" : "30"),
                        integer(rest, "--warmup", quick ? "3" : "10"),
                        integer(rest, "--sample", quick ? "200" : "2000"), jfr),
                        optionalPath(rest, "--out")).run();
            }
            // Puts a finished section between its markers in BENCHMARKS.md (bench/run.sh), leaving the rest alone.
            case "bench-section" -> {
                String file = take(rest, "--file", null);
                String key = take(rest, "--key", null);
                String from = take(rest, "--from", null);
                if (file == null || key == null || from == null) {
                    System.err.println("bench-section needs --file FILE --key KEY --from SECTION.md");
                    System.exit(2);
                }
                MarkedBlock.replace(Path.of(file), key, java.nio.file.Files.readString(Path.of(from)));
                System.out.println("Replaced the block '" + key + "' in " + file);
            }
            case "search-compare" -> searchCompare(root, rest).run();
            default -> {
                System.err.println("unknown benchmark '" + name + "'; known: page, dashboard, analysis, se-dump, import,"
                        + " load, bench-section, search-compare");
                System.exit(2);
            }
        }
    }

    private static AnalysisBenchmark analysis(Path root, List<String> args) {
        return new AnalysisBenchmark(
                Path.of(take(args, "--thread", root.resolve("../shared/data/blog-thread-kmdf.txt").toString())),
                integer(args, "--posts", "1000"),
                integer(args, "--rounds", "7"),
                integer(args, "--warmup-seconds", "30"),
                args.contains("--baseline") ? Path.of(take(args, "--baseline", "")) : null);
    }

    private static Path optionalPath(List<String> args, String option) {
        String value = take(args, option, null);
        return value == null ? null : Path.of(value);
    }

    private static SearchCompareBenchmark searchCompare(Path root, List<String> args) {
        SearchCompareBenchmark.Options d = SearchCompareBenchmark.Options.defaults(root);
        boolean quick = args.remove("--quick");
        boolean noPostgres = args.remove("--no-postgres");
        boolean noDevSet = args.remove("--no-dev-set");
        String out = take(args, "--out", null);
        SearchCompareBenchmark.Options o = new SearchCompareBenchmark.Options(root,
                whole(args, "--posts", String.valueOf(d.posts())),
                integer(args, "--queries", String.valueOf(quick ? 200 : d.queries())),
                whole(args, "--seed", String.valueOf(d.seed())), quick,
                integer(args, "--warmup-passes", String.valueOf(quick ? 1 : d.warmupPasses())),
                out == null ? null : Path.of(out), !noPostgres, Path.of(take(args, "--pg-bin", d.pgBin().toString())),
                take(args, "--pg-url", null), take(args, "--pg-user", d.pgUser()), take(args, "--pg-password", d.pgPassword()),
                !noDevSet, null);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("search-compare does not know " + args);
        }
        return new SearchCompareBenchmark(o);
    }

    /** A whole-number option; a value that is not one is refused naming the option. */
    private static int integer(List<String> args, String option, String fallback) {
        long value = whole(args, option, fallback);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " is out of range: " + value);
        }
        return (int) value;
    }

    private static long whole(List<String> args, String option, String fallback) {
        String value = take(args, option, fallback);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'");
        }
    }

    static String take(List<String> args, String option, String fallback) {
        int i = args.indexOf(option);
        if (i < 0 || i + 1 >= args.size()) {
            return fallback;
        }
        String value = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return value;
    }
}
