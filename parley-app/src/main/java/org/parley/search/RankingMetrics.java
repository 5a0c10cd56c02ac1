package org.parley.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranking quality of one query at a cut-off, with binary relevance.
 *
 * @param reciprocalRank 1 / rank of the first relevant result (0 if none in the cut-off)
 * @param recall         share of the relevant posts found in the cut-off
 * @param hit            1 when any relevant post is in the cut-off
 * @param ndcg           discounted cumulative gain over the ideal ordering
 */
public record RankingMetrics(double reciprocalRank, double recall, double hit, double ndcg) {

    static RankingMetrics of(List<String> ranked, List<String> relevant, int cutoff) {
        Set<String> wanted = new HashSet<>(relevant);
        Set<String> seen = new HashSet<>();
        double rr = 0;
        double dcg = 0;
        int found = 0;
        for (int i = 0; i < Math.min(cutoff, ranked.size()); i++) {
            String ref = ranked.get(i);
            if (wanted.contains(ref) && seen.add(ref)) {
                if (rr == 0) {
                    rr = 1.0 / (i + 1);
                }
                dcg += 1 / log2(i + 2);
                found++;
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(cutoff, wanted.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return new RankingMetrics(rr, wanted.isEmpty() ? 0 : (double) found / wanted.size(), found > 0 ? 1 : 0,
                ideal == 0 ? 0 : dcg / ideal);
    }

    static RankingMetrics mean(List<RankingMetrics> all) {
        if (all.isEmpty()) {
            return new RankingMetrics(0, 0, 0, 0);
        }
        return new RankingMetrics(all.stream().mapToDouble(RankingMetrics::reciprocalRank).average().orElse(0),
                all.stream().mapToDouble(RankingMetrics::recall).average().orElse(0),
                all.stream().mapToDouble(RankingMetrics::hit).average().orElse(0),
                all.stream().mapToDouble(RankingMetrics::ndcg).average().orElse(0));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
