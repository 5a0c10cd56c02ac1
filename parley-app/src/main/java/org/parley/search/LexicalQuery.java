package org.parley.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns the words and phrases of a search into Lucene queries over weighted fields.
 *
 * <p>Each word of the search box is analysed on its own with the query analyzer and all of its
 * tokens must match ({@code Occur.MUST}): {@code FormatRequest} needs both {@code format} and
 * {@code request}, and an error code matches through its spelling or its key. Words are then
 * optional (BM25 ranks documents matching more of them higher), quoted phrases are required,
 * and a proximity clause, applied to the best hits only, rewards documents where the words stand
 * close together.
 */
final class LexicalQuery {

    /** Slop of the proximity boost: the words may stand a few positions apart, in any order nearby. */
    private static final int PROXIMITY_SLOP = 6;
    private static final float PROXIMITY_BOOST = 0.6f;
    /** How much a word's match in a second field adds to its best field (dismax tie-breaker). */
    private static final float FIELD_TIE = 0.3f;
    private static final int MAX_WORDS = 64;

    private final QueryBuilder builder;

    LexicalQuery(Analyzer queryAnalyzer) {
        this.builder = new QueryBuilder(queryAnalyzer);
        this.builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /** The scoring part of a search over the given fields; null when no word survives analysis. */
    Query text(QueryText text, Map<String, Float> fields) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int wordCount = 0;
        for (String word : text.words().subList(0, Math.min(text.words().size(), MAX_WORDS))) {
            Query q = acrossFields(fields, field -> builder.createBooleanQuery(field, word, Occur.MUST));
            if (q != null) {
                words.add(q, Occur.SHOULD);
                wordCount++;
            }
        }
        boolean any = false;
        if (wordCount > 0) {
            all.add(words.build(), text.phrases().isEmpty() ? Occur.MUST : Occur.SHOULD);
            any = true;
        }
        for (String phrase : text.phrases()) {
            Query q = acrossFields(fields, field -> builder.createPhraseQuery(field, phrase));
            if (q != null) {
                all.add(q, Occur.MUST);
                any = true;
            }
        }
        return any ? all.build() : null;
    }

    /**
     * The proximity clause: all the words as a sloppy phrase over the fields, worth
     * {@link #PROXIMITY_BOOST} of its score; null for fewer than two words. It rescores the best
     * hits of {@link #text} rather than joining it, since phrase matching over every hit of a
     * common word would cost more than the rest of the search.
     */
    Query proximity(QueryText text, Map<String, Float> fields) {
        List<String> words = text.words().subList(0, Math.min(text.words().size(), MAX_WORDS));
        if (words.size() < 2) {
            return null;
        }
        Query near = acrossFields(fields, field -> builder.createPhraseQuery(field, String.join(" ", words), PROXIMITY_SLOP));
        return near == null ? null : new BoostQuery(near, PROXIMITY_BOOST);
    }

    /** Matches documents holding any excluded word or phrase in any of the fields. */
    Query excluded(QueryText text, Map<String, Float> fields) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        for (String x : text.excluded()) {
            Query q = acrossFields(fields, field -> x.contains(" ")
                    ? builder.createPhraseQuery(field, x)
                    : builder.createBooleanQuery(field, x, Occur.MUST));
            if (q != null) {
                any.add(q, Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? null : any.build();
    }

    /** The phrases alone, each required: a filter for the vector half of hybrid search. */
    Query requiredPhrases(QueryText text, Map<String, Float> fields) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int n = 0;
        for (String phrase : text.phrases()) {
            Query q = acrossFields(fields, field -> builder.createPhraseQuery(field, phrase));
            if (q != null) {
                all.add(q, Occur.FILTER);
                n++;
            }
        }
        return n == 0 ? null : all.build();
    }

    private interface PerField {
        Query on(String field);
    }

    private static Query acrossFields(Map<String, Float> fields, PerField perField) {
        List<Query> perFieldQueries = new ArrayList<>();
        fields.forEach((field, weight) -> {
            Query q = perField.on(field);
            if (q != null) {
                perFieldQueries.add(weight == 1.0f ? q : new BoostQuery(q, weight));
            }
        });
        if (perFieldQueries.isEmpty()) {
            return null;
        }
        return perFieldQueries.size() == 1 ? perFieldQueries.get(0) : new DisjunctionMaxQuery(perFieldQueries, FIELD_TIE);
    }
}
