package org.parley.importer.blogthread;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF vectors over the comments of one thread. Rare words (API names, error codes, product names)
 * decide whether two comments talk about the same thing; words every comment uses count for little.
 */
final class TopicIndex {

    private final Map<String, Double> idf = new HashMap<>();
    private final double unseenIdf;

    TopicIndex(List<SourceComment> comments) {
        Map<String, Integer> df = new HashMap<>();
        for (SourceComment c : comments) {
            Set<String> seen = new HashSet<>(ContentTokens.of(c.body()));
            for (String t : seen) {
                df.merge(t, 1, Integer::sum);
            }
        }
        int n = Math.max(1, comments.size());
        df.forEach((t, f) -> idf.put(t, Math.log((double) (n + 1) / f)));
        unseenIdf = Math.log(n + 1.0);
    }

    /** Unit-length TF-IDF vector of a text (sub-linear term frequency so a pasted log does not dominate). */
    Map<String, Double> vector(String text) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : ContentTokens.of(text)) {
            tf.merge(t, 1, Integer::sum);
        }
        Map<String, Double> v = new HashMap<>();
        tf.forEach((t, f) -> v.put(t, (1 + Math.log(f)) * idf.getOrDefault(t, unseenIdf)));
        return normalized(v);
    }

    static Map<String, Double> normalized(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm == 0) {
            return Map.of();
        }
        Map<String, Double> out = new HashMap<>(v.size());
        v.forEach((t, x) -> out.put(t, x / norm));
        return out;
    }

    /** Cosine of two vectors; the second need not be normalised. */
    static double cosine(Map<String, Double> unit, Map<String, Double> other) {
        if (unit.isEmpty() || other.isEmpty()) {
            return 0;
        }
        double dot = 0;
        Map<String, Double> small = unit.size() <= other.size() ? unit : other;
        Map<String, Double> large = small == unit ? other : unit;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double y = large.get(e.getKey());
            if (y != null) {
                dot += e.getValue() * y;
            }
        }
        double norm = Math.sqrt(other.values().stream().mapToDouble(x -> x * x).sum());
        double unitNorm = Math.sqrt(unit.values().stream().mapToDouble(x -> x * x).sum());
        return norm == 0 || unitNorm == 0 ? 0 : dot / (norm * unitNorm);
    }
}
