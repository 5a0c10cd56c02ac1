package org.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.parley.analysis.TechnicalTokenTypes;

/**
 * Turns the words and phrases of a search into Lucene queries over weighted fields.
 *
 * <p>Each word of the search box is analysed on its own with the query analyzer and all of its
 * tokens must match ({@code Occur.MUST}): {@code FormatRequest} needs both {@code format} and
 * {@code request}, and an error code matches through its spelling or its key. A compound
 * identifier matches whole or by all its parts and weighs about one word (see {@link #word}). Words are then
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
            Query q = acrossFields(fields, field -> word(field, word));
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
     * One word of the search box on one field. A plain word (or an error name with its code key) is a term, or the
     * synonyms standing at one position. A compound ({@code IoCompleteRequest}, {@code request_irq},
     * {@code nt!KiPageFault}) matches where it stands whole or where all of its parts do, as the index holds both,
     * and weighs about as much as one word: its parts share one word's weight (each scaled by one over their
     * number) and the whole, usually rarer, adds its own. Left to a query parser, the whole became a synonym of its
     * first part and every part scored in full, so a three-part identifier outweighed three plain words of the
     * search; on the generated dump's planted duplicates (docs/search.md) this shape raised MRR@10 from 0.722 to
     * 0.751 and recall from 0.573 to 0.627, and the development set's MRR from 0.655 to 0.678. The whole with its
     * parts in full (0.690) or the parts scaled without the whole (0.644) did worse.
     */
    private Query word(String field, String word) {
        List<List<Token>> positions = positions(field, word);
        if (positions.stream().noneMatch(LexicalQuery::startsCompound)) {
            return builder.createBooleanQuery(field, word, Occur.MUST);
        }
        List<Query> units = new ArrayList<>();
        for (int i = 0; i < positions.size(); ) {
            List<Token> here = positions.get(i);
            if (!startsCompound(here)) {
                units.add(anyOf(field, here.stream().map(Token::term).toList()));
                i++;
                continue;
            }
            Set<BytesRef> parts = new LinkedHashSet<>(partsOf(here));
            int next = i + 1;
            while (next < positions.size() && onlyParts(positions.get(next))) {
                parts.addAll(partsOf(positions.get(next)));
                next++;
            }
            BooleanQuery.Builder split = new BooleanQuery.Builder();
            parts.forEach(p -> split.add(new TermQuery(new Term(field, p)), Occur.MUST));
            List<BytesRef> whole = here.stream().filter(t -> !t.isPiece()).map(Token::term).toList();
            units.add(new BooleanQuery.Builder()
                    .add(anyOf(field, whole), Occur.SHOULD)
                    .add(new BoostQuery(split.build(), 1f / parts.size()), Occur.SHOULD).build());
            i = next;
        }
        if (units.size() == 1) {
            return units.get(0);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        units.forEach(u -> all.add(u, Occur.MUST));
        return all.build();
    }

    /** A token of one word: its bytes as indexed, and whether it is a piece of a compound rather than a whole. */
    private record Token(BytesRef term, String type) {

        boolean isPiece() {
            return type.equals(TechnicalTokenTypes.PART) || type.equals(TechnicalTokenTypes.SEGMENT);
        }
    }

    /** The word's tokens grouped by position, in order. */
    private List<List<Token>> positions(String field, String word) {
        List<List<Token>> positions = new ArrayList<>();
        try (TokenStream ts = builder.getAnalyzer().tokenStream(field, word)) {
            TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (positions.isEmpty() || increment.getPositionIncrement() > 0) {
                    positions.add(new ArrayList<>());
                }
                positions.get(positions.size() - 1).add(new Token(BytesRef.deepCopyOf(term.getBytesRef()), type.type()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a search word failed", e);
        }
        return positions;
    }

    /** A whole compound stands here beside its first part. */
    private static boolean startsCompound(List<Token> position) {
        return position.stream().anyMatch(t -> t.type().equals(TechnicalTokenTypes.PART))
                && position.stream().anyMatch(t -> !t.isPiece());
    }

    private static boolean onlyParts(List<Token> position) {
        return position.stream().allMatch(Token::isPiece);
    }

    private static List<BytesRef> partsOf(List<Token> position) {
        return position.stream().filter(t -> t.type().equals(TechnicalTokenTypes.PART)).map(Token::term).toList();
    }

    /** One term, or several standing at one position (an error name and its code key) as synonyms. */
    private static Query anyOf(String field, List<BytesRef> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
        terms.forEach(t -> synonyms.addTerm(new Term(field, t)));
        return synonyms.build();
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
