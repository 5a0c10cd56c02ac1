package org.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code parley eval}: runs labelled queries through the same search the API uses and through a
 * stock baseline, and reports MRR@10, recall@10, hit@10 and nDCG@10 overall and per query style.
 * Relevance is judged per conversation, as a reader experiences it: a result is relevant when its
 * question thread holds one of the query's relevant comments (as a question, an answer or a
 * comment), and each relevant conversation counts once.
 */
@Component
public class Evaluation {

    static final int CUTOFF = 10;
    static final List<String> SYSTEMS = List.of("baseline", "lexical", "dense", "hybrid");

    private final SearchService search;
    private final IndexSourceStore store;

    Evaluation(SearchService search, IndexSourceStore store) {
        this.search = search;
        this.store = store;
    }

    /** One labelled query. */
    public record LabelledQuery(String id, String text, String style, List<String> relevant) {
    }

    /** Mean metrics per system, overall ({@code all}) and per style, with the query count of each group. */
    public record Report(Map<String, Map<String, RankingMetrics>> bySystemAndGroup, Map<String, Integer> counts,
                         Map<String, Map<String, RankingMetrics>> perQuery) {

        public double mrr(String system, String group) {
            return bySystemAndGroup.get(system).get(group).reciprocalRank();
        }

        public double recall(String system, String group) {
            return bySystemAndGroup.get(system).get(group).recall();
        }

        /** A plain-text table: one row per group, one column block per system. */
        public String table() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("%-12s %3s", "style", "n"));
            for (String s : SYSTEMS) {
                out.append(String.format(" | %-27s", s + ": MRR  R@10 hit  nDCG"));
            }
            out.append('\n');
            for (String group : counts.keySet()) {
                out.append(String.format("%-12s %3d", group, counts.get(group)));
                for (String s : SYSTEMS) {
                    RankingMetrics m = bySystemAndGroup.get(s).get(group);
                    out.append(String.format(" | %-27s", String.format("%.3f %.3f %.3f %.3f",
                            m.reciprocalRank(), m.recall(), m.hit(), m.ndcg())));
                }
                out.append('\n');
            }
            return out.toString();
        }
    }

    public static List<LabelledQuery> readQueries(Path file) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(file.toFile());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Cannot read the queries in " + file + ": " + e.getMessage(), e);
        }
        JsonNode queries = root.get("queries");
        if (queries == null || !queries.isArray()) {
            throw new IllegalArgumentException(file + " has no \"queries\" array");
        }
        List<LabelledQuery> list = new ArrayList<>();
        for (JsonNode q : queries) {
            List<String> relevant = new ArrayList<>();
            q.get("relevant").forEach(r -> relevant.add(r.asString()));
            list.add(new LabelledQuery(q.get("id").asString(), q.get("q").asString(),
                    q.has("style") ? q.get("style").asString() : "other", relevant));
        }
        return list;
    }

    public Report run(List<LabelledQuery> queries) {
        Map<String, Function<String, List<String>>> systems = new LinkedHashMap<>();
        try (BaselineSearch baseline = new BaselineSearch(store)) {
            systems.put("baseline", q -> conversations(baseline.refs(q, CUTOFF)));
            systems.put("lexical", q -> refs(q, SearchService.Mode.LEXICAL));
            systems.put("dense", q -> refs(q, SearchService.Mode.DENSE));
            systems.put("hybrid", q -> refs(q, SearchService.Mode.HYBRID));
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("all", queries.size());
            queries.forEach(q -> counts.merge(q.style(), 1, Integer::sum));
            Map<String, Map<String, RankingMetrics>> result = new LinkedHashMap<>();
            Map<String, Map<String, RankingMetrics>> perQuery = new LinkedHashMap<>();
            for (var system : systems.entrySet()) {
                Map<String, List<RankingMetrics>> groups = new LinkedHashMap<>();
                Map<String, RankingMetrics> each = new LinkedHashMap<>();
                for (LabelledQuery q : queries) {
                    RankingMetrics m = RankingMetrics.of(system.getValue().apply(q.text()),
                            conversations(q.relevant()).stream().distinct().toList(), CUTOFF);
                    groups.computeIfAbsent("all", k -> new ArrayList<>()).add(m);
                    groups.computeIfAbsent(q.style(), k -> new ArrayList<>()).add(m);
                    each.put(q.id(), m);
                }
                Map<String, RankingMetrics> means = new LinkedHashMap<>();
                counts.keySet().forEach(g -> means.put(g, RankingMetrics.mean(groups.getOrDefault(g, List.of()))));
                result.put(system.getKey(), means);
                perQuery.put(system.getKey(), each);
            }
            return new Report(result, counts, perQuery);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How well the similar-questions list (question page sidebar, ask page) finds a question's duplicates, and what it
     * costs. Each labelled query stands for a cluster of duplicate questions ({@code relevant}); every member is looked
     * up as the sidebar would (its title and body, itself left out) and the others are the relevant results.
     *
     * @param metrics    MRR, recall, hit and nDCG at {@code cutoff}, over every member of every cluster
     * @param members    how many questions were looked up
     * @param cpuMillis  mean CPU time of the looking thread per lookup
     * @param wallMillis mean wall time per lookup
     */
    public record SimilarReport(RankingMetrics metrics, int members, double cpuMillis, double wallMillis) {
    }

    public SimilarReport similar(List<LabelledQuery> clusters, int cutoff) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<RankingMetrics> all = new ArrayList<>();
        long cpu = 0;
        long wall = 0;
        for (LabelledQuery cluster : clusters) {
            List<Long> members = store.conversationsOf(cluster.relevant()).values().stream().distinct().sorted().toList();
            if (members.size() < 2) {
                continue;
            }
            for (IndexedThread member : store.threads(members).values()) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                List<String> found = search.similarTo(member.title(), member.question().body(), member.questionId(), cutoff)
                        .stream().map(r -> Long.toString(r.questionId())).toList();
                cpu += threads.getCurrentThreadCpuTime() - cpuStart;
                wall += System.nanoTime() - wallStart;
                List<String> others = members.stream().filter(id -> id != member.questionId()).map(String::valueOf).toList();
                all.add(RankingMetrics.of(found, others, cutoff));
            }
        }
        int n = Math.max(1, all.size());
        return new SimilarReport(RankingMetrics.mean(all), all.size(), cpu / 1e6 / n, wall / 1e6 / n);
    }

    /** Top refs of each system for one query, to see why it ranks as it does. */
    public Map<String, List<String>> explain(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (BaselineSearch baseline = new BaselineSearch(store)) {
            out.put("baseline", conversations(baseline.refs(text, CUTOFF)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (SearchService.Mode m : SearchService.Mode.values()) {
            out.put(m.name().toLowerCase(java.util.Locale.ROOT), refs(text, m));
        }
        return out;
    }

    private List<String> refs(String text, SearchService.Mode mode) {
        String q = text.length() > SearchQuery.MAX_TEXT ? text.substring(0, SearchQuery.MAX_TEXT) : text;
        SearchQuery query = SearchQuery.parse(q, null, null, "relevance", 1, CUTOFF);
        return search.search(query, mode).items().stream().map(h -> conversation(h.questionId())).toList();
    }

    /** Source refs as the conversations they ended up in; refs that were never imported stay as they are. */
    private List<String> conversations(List<String> refs) {
        Map<String, Long> questions = store.conversationsOf(refs);
        return refs.stream().map(r -> questions.containsKey(r) ? conversation(questions.get(r)) : r).toList();
    }

    private static String conversation(long questionId) {
        return "question#" + questionId;
    }
}
