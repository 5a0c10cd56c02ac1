package org.parley.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point: {@code ./parley-bench/run page [--answers 50] [--requests 500]}. Each benchmark
 * starts a real server from the launcher on a fresh data directory, so it measures what users get.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        Path root = Path.of(take(rest, "--root", "."));
        if (rest.isEmpty()) {
            System.err.println("usage: run page [--answers N] [--requests N] [--warmup N] | dashboard [--posts N]"
                    + " | se-dump --posts N [--seed S] --out DIR"
                    + " | import --posts N [--seed S] [--search off|lexical|hybrid] [--heap 512m] [--dump DIR] [--jfr]");
            System.exit(2);
        }
        String name = rest.remove(0);
        switch (name) {
            case "page" -> new QuestionPageBenchmark(root,
                    Integer.parseInt(take(rest, "--answers", "50")),
                    Integer.parseInt(take(rest, "--requests", "500")),
                    Integer.parseInt(take(rest, "--warmup", "300"))).run();
            case "dashboard" -> new DashboardBenchmark(root, Integer.parseInt(take(rest, "--posts", "1000000"))).run();
            case "se-dump" -> {
                String out = take(rest, "--out", null);
                if (out == null) {
                    System.err.println("se-dump needs --out DIR");
                    System.exit(2);
                }
                long started = System.nanoTime();
                DumpGenerator.Summary s = DumpGenerator.write(Path.of(out), Long.parseLong(take(rest, "--posts", "10000")),
                        Long.parseLong(take(rest, "--seed", "1")));
                System.out.printf("Wrote %s to %s in %.1f s%n", s.line(), out, (System.nanoTime() - started) / 1e9);
            }
            case "import" -> {
                String dump = take(rest, "--dump", null);
                boolean jfr = rest.remove("--jfr");
                new ImportBenchmark(root, Long.parseLong(take(rest, "--posts", "10000")),
                        Long.parseLong(take(rest, "--seed", "1")), take(rest, "--search", "lexical"),
                        take(rest, "--heap", "512m"), dump == null ? null : Path.of(dump), jfr).run();
            }
            default -> {
                System.err.println("unknown benchmark '" + name + "'; known: page, dashboard, se-dump, import");
                System.exit(2);
            }
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
