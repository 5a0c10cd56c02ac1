package org.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The terms of a question that tell it apart from the rest of the site, for the similar-questions search.
 *
 * <p>A question's title and opening lines hold dozens of words, most of them common ("driver", "error", "when").
 * Searching them all, each across every field, makes every thread that shares a common word a candidate, and on a
 * large site scoring those candidates was nearly all of a question page's time. Terms are weighed as BM25 would weigh
 * them (how often the question uses them, title uses counting double, times how rare they are on the site), and only
 * the heaviest are searched: the rare ones, an identifier or an error code, are what a duplicate shares.
 */
final class DistinctiveTerms {

    /** Title uses count this much more than body uses: the asker's own summary of the problem. */
    private static final double TITLE_WEIGHT = 2.0;

    private DistinctiveTerms() {
    }

    /** An analysed term and its weight in the question. */
    record Weighted(String term, double weight) {
    }

    /**
     * Up to {@code max} terms of {@code title} and {@code body} as the first of {@code fields} analyses them, heaviest
     * first; terms the {@code fields} hold fewer than {@code minDocFreq} times in all are left out (a term only the
     * question itself holds finds nothing else).
     */
    static List<Weighted> of(String title, String body, int max, int minDocFreq, Analyzer analyzer, IndexReader reader,
                             List<String> fields) {
        Map<String, Double> uses = new LinkedHashMap<>();
        String analysedAs = fields.get(0);
        try {
            count(title, TITLE_WEIGHT, uses, analyzer, analysedAs);
            count(body, 1.0, uses, analyzer, analysedAs);
            int docs = Math.max(1, reader.getDocCount(analysedAs));
            List<Weighted> weighted = new ArrayList<>();
            for (Map.Entry<String, Double> e : uses.entrySet()) {
                // A term may live in one field only (an API name in a title): it counts if some field holds it, and
                // it is as rare as the field holding it most often says.
                int held = 0;
                int df = 0;
                for (String field : fields) {
                    int inField = reader.docFreq(new Term(field, e.getKey()));
                    held += inField;
                    df = Math.max(df, inField);
                }
                if (held >= minDocFreq) {
                    double idf = Math.log(1 + (docs - df + 0.5) / (df + 0.5));
                    weighted.add(new Weighted(e.getKey(), saturated(e.getValue()) * idf));
                }
            }
            weighted.sort(Comparator.comparingDouble(Weighted::weight).reversed());
            return weighted.subList(0, Math.min(max, weighted.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** BM25's term-frequency curve (k1 = 1.2): the tenth use of a word says little more than the third. */
    private static double saturated(double tf) {
        return tf * 2.2 / (tf + 1.2);
    }

    private static void count(String text, double weight, Map<String, Double> uses, Analyzer analyzer, String field)
            throws IOException {
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute chars = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                uses.merge(chars.toString(), weight, Double::sum);
            }
            tokens.end();
        }
    }
}
