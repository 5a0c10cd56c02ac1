package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The side-by-side benchmark's figures as markdown: conditions, latency, indexing, relevance, row counts. */
final class SearchCompareTables {

    private final SearchCompareBenchmark.Options o;
    private final long posts;
    private final long questions;
    private final List<SearchQueries.Query> queries;
    private final long[] matches;
    private final List<SearchCompareBenchmark.EngineResult> engines;
    private final Map<String, SearchCompareBenchmark.Relevance> dev;
    private final String postgres;
    private final double[] loadBefore;
    private final double[] loadAfter;
    private final List<Integer> many = new ArrayList<>();
    private final List<Integer> selective = new ArrayList<>();

    SearchCompareTables(SearchCompareBenchmark.Options o, long posts, long questions, List<SearchQueries.Query> queries,
                        long[] matches, List<SearchCompareBenchmark.EngineResult> engines,
                        Map<String, SearchCompareBenchmark.Relevance> dev, String postgres, double[] loadBefore,
                        double[] loadAfter) {
        this.o = o;
        this.posts = posts;
        this.questions = questions;
        this.queries = queries;
        this.matches = matches;
        this.engines = engines;
        this.dev = dev;
        this.postgres = postgres;
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
        for (int i = 0; i < queries.size(); i++) {
            (queries.get(i).many() ? many : selective).add(i);
        }
    }

    String markdown() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "### %,d posts, %s%n%n", posts, SearchCompareBenchmark.today()));
        b.append(String.format(Locale.ROOT, "`./parley-bench/run search-compare --posts %d --queries %d --seed %d%s%s`%n%n",
                o.posts(), o.queries(), o.seed(), o.quick() ? " --quick" : "", o.postgres() ? "" : " --no-postgres"));
        conditions(b);
        latency(b);
        byStyle(b);
        indexing(b);
        relevance(b);
        counts(b);
        return b.toString();
    }

    private void conditions(StringBuilder b) {
        b.append(String.format(Locale.ROOT, "- Corpus: generated Stack Exchange dump (seed %d), imported: %,d posts "
                + "(%,d questions); every engine loads the same posts from Parley's store, so thread ids agree.%n",
                o.seed(), posts, questions));
        StringBuilder styles = new StringBuilder();
        for (SearchQueries.Style s : SearchQueries.Style.values()) {
            long n = queries.stream().filter(q -> q.style() == s).count();
            styles.append(styles.isEmpty() ? "" : ", ").append(s.label()).append(' ').append(n);
        }
        b.append(String.format(Locale.ROOT, "- Queries: %,d (%s); \"many matches\": %d of them, matching a median of "
                        + "%,d posts (FTS5 count), against %,d for the others. Top 10 threads, each with its title and a "
                        + "highlighted snippet of its best post.%n", queries.size(), styles, many.size(),
                median(many), median(selective)));
        b.append(String.format(Locale.ROOT, "- Passes: cold = the first pass after start (Parley: a fresh JVM; "
                + "PostgreSQL: a restarted server; FTS5: new connections; the OS page cache stays warm), then %d "
                + "untimed warm-up pass%s, then warm passes with 1 and 2 threads; every pass runs every query once.%n",
                o.warmupPasses(), o.warmupPasses() == 1 ? "" : "es"));
        b.append(String.format(Locale.ROOT, "- Machine: %s, %d cores, %s RAM, shared with other engineers' builds and "
                        + "tests (load average %.1f at the start, %.1f at the end); %s; SQLite %s; %s.%n%n", cpu(),
                Runtime.getRuntime().availableProcessors(), memory(), loadBefore[0], loadAfter[0],
                "Java " + System.getProperty("java.version"), sqliteVersion(),
                postgres == null ? "PostgreSQL not run" : postgres));
    }

    private void latency(StringBuilder b) {
        b.append("Latency per search, ms (QPS: searches per second over the pass, all threads):\n\n");
        b.append("| engine | pass | p50 | p99 | QPS | many matches p50 | many matches p99 | selective p50 | selective p99 |\n");
        b.append("|---|---|---|---|---|---|---|---|---|\n");
        for (var e : engines) {
            for (Latencies p : e.passes()) {
                Latencies m = p.subset(many);
                Latencies s = p.subset(selective);
                b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %,.0f | %s | %s | %s | %s |%n", e.name(),
                        p.label(), Latencies.millis(p.p50()), Latencies.millis(p.p99()), p.qps(),
                        Latencies.millis(m.p50()), Latencies.millis(m.p99()), Latencies.millis(s.p50()),
                        Latencies.millis(s.p99())));
            }
        }
        Latencies parley = warm(engines.getFirst(), 1);
        if (parley != null) {
            b.append('\n');
            for (var e : engines.subList(1, engines.size())) {
                Latencies other = warm(e, 1);
                b.append(String.format(Locale.ROOT, "- Warm, 1 thread, many matches: %s p99 is %.1f× Parley's (%s against "
                                + "%s ms); all queries: %.1f×.%n", e.name(), other.subset(many).p99() / parley.subset(many).p99(),
                        Latencies.millis(other.subset(many).p99()), Latencies.millis(parley.subset(many).p99()),
                        other.p99() / parley.p99()));
            }
        }
        b.append('\n');
    }

    private void byStyle(StringBuilder b) {
        b.append("Warm, 1 thread, by style: p50 / p99 ms\n\n| style | n |");
        engines.forEach(e -> b.append(' ').append(e.name()).append(" |"));
        b.append("\n|---|---|").append("---|".repeat(engines.size())).append('\n');
        for (SearchQueries.Style s : SearchQueries.Style.values()) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                if (queries.get(i).style() == s) {
                    positions.add(i);
                }
            }
            b.append("| ").append(s.label()).append(" | ").append(positions.size()).append(" |");
            for (var e : engines) {
                Latencies w = warm(e, 1);
                Latencies sub = w == null ? null : w.subset(positions);
                b.append(' ').append(sub == null ? "–" : Latencies.millis(sub.p50()) + " / " + Latencies.millis(sub.p99()))
                        .append(" |");
            }
            b.append('\n');
        }
        b.append('\n');
    }

    private void indexing(StringBuilder b) {
        b.append("Indexing:\n\n| engine | time | index size | on disk, all | what was timed and measured |\n|---|---|---|---|---|\n");
        for (var e : engines) {
            b.append(String.format(Locale.ROOT, "| %s | %.1f s | %s | %s | %s |%n", e.name(), e.indexSeconds(),
                    mb(e.indexBytes()), mb(e.totalBytes()), e.indexing()));
        }
        b.append('\n');
    }

    private void relevance(StringBuilder b) {
        b.append("Relevance, per conversation (labelled queries' words OR-ed for the databases; Parley takes them as typed):\n\n");
        b.append("| engine | planted duplicates: MRR@10 | recall@10 | hit@10 | queries | dev set: MRR@10 | recall@10 | queries |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        List<String> engineNames = engines.stream().map(SearchCompareBenchmark.EngineResult::name).toList();
        for (var e : engines) {
            relevanceRow(b, e.name(), e.planted(), dev.get(e.name()));
            if (e == engines.getFirst()) {
                // Systems measured on the development set only (Parley hybrid) follow Parley's own row.
                dev.forEach((name, rel) -> {
                    if (!engineNames.contains(name)) {
                        relevanceRow(b, name, null, rel);
                    }
                });
            }
        }
        if (dev.isEmpty()) {
            b.append("\nThe development set was not run (`../shared` absent or skipped).\n");
        }
        b.append('\n');
    }

    private static void relevanceRow(StringBuilder b, String name, SearchCompareBenchmark.Relevance planted,
                                     SearchCompareBenchmark.Relevance dev) {
        b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", name,
                planted == null ? "–" : String.format(Locale.ROOT, "%.3f", planted.mrr()),
                planted == null ? "–" : String.format(Locale.ROOT, "%.3f", planted.recall()),
                planted == null ? "–" : String.format(Locale.ROOT, "%.3f", planted.hit()),
                planted == null ? "–" : String.valueOf(planted.queries()),
                dev == null ? "–" : String.format(Locale.ROOT, "%.3f", dev.mrr()),
                dev == null ? "–" : String.format(Locale.ROOT, "%.3f", dev.recall()),
                dev == null ? "–" : String.valueOf(dev.queries())));
    }

    private void counts(StringBuilder b) {
        b.append("Loaded: ");
        List<String> parts = new ArrayList<>();
        for (var e : engines) {
            parts.add(String.format(Locale.ROOT, "%s %,d posts in %,d threads", e.name(), e.posts(), e.threads()));
        }
        b.append(String.join("; ", parts)).append(".\n");
    }

    private static Latencies warm(SearchCompareBenchmark.EngineResult e, int threads) {
        return e.passes().stream().filter(p -> p.pass().equals("warm") && p.threads() == threads).findFirst().orElse(null);
    }

    private long median(List<Integer> positions) {
        if (positions.isEmpty() || matches == null) {
            return 0;
        }
        long[] m = positions.stream().mapToLong(i -> matches[i]).sorted().toArray();
        return m[m.length / 2];
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        try {
            String line = Files.readAllLines(Path.of("/proc/meminfo")).getFirst();
            long kb = Long.parseLong(line.replaceAll("\\D", ""));
            return String.format(Locale.ROOT, "%.0f GB", kb / 1e6);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String sqliteVersion() {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
             var rs = c.createStatement().executeQuery("SELECT sqlite_version()")) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            return "?";
        }
    }
}
