package org.parley.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * The dense half of hybrid search: nearest passages by sentence vector (HNSW), each thread scored
 * by its best passage. Thread-level filters (tags, answered, author, phrases, exclusions) are
 * applied by first collecting the questions they allow.
 */
final class PassageSearch {

    /** Passages looked at per search; several usually belong to one thread. */
    private static final int PASSAGE_DEPTH = 150;

    private PassageSearch() {
    }

    /**
     * Threads by their best passage's similarity, best first, at most {@code depth}, none below
     * {@code minScore}; {@code threadFilter} null means every thread is allowed.
     */
    static List<RankedThread> rank(IndexSearcher searcher, float[] vector, Query threadFilter, int depth, float minScore)
            throws IOException {
        // Only passages carry vectors, so without thread filters the vector search needs no filter at all.
        Query filter = null;
        if (threadFilter != null) {
            List<BytesRef> allowed = allowedQuestions(searcher, threadFilter);
            if (allowed.isEmpty()) {
                return List.of();
            }
            filter = new TermInSetQuery(IndexFields.QUESTION_ID, allowed);
        }
        TopDocs top = searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, vector, PASSAGE_DEPTH, filter),
                PASSAGE_DEPTH);
        Map<Long, Float> best = new LinkedHashMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
            if (sd.score < minScore) {
                break;
            }
            best.putIfAbsent(DocNumbers.questionId(searcher.getIndexReader(), sd.doc), sd.score);
            if (best.size() == depth) {
                break;
            }
        }
        List<RankedThread> ranked = new ArrayList<>(best.size());
        best.forEach((questionId, score) -> ranked.add(new RankedThread(questionId, score)));
        return ranked;
    }

    /** The post of one thread whose passage is nearest to the vector, or -1. */
    static long nearestPost(IndexSearcher searcher, float[] vector, long questionId) throws IOException {
        Query inThread = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PASSAGE)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.QUESTION_ID, Long.toString(questionId))), Occur.FILTER)
                .build();
        TopDocs top = searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, vector, 1, inThread), 1);
        return top.scoreDocs.length == 0 ? -1 : DocNumbers.of(searcher.getIndexReader(), top.scoreDocs[0].doc, IndexFields.POST_ID, -1);
    }

    private static List<BytesRef> allowedQuestions(IndexSearcher searcher, Query threadFilter) throws IOException {
        List<BytesRef> ids = new ArrayList<>();
        searcher.search(threadFilter, new SimpleCollector() {
            private NumericDocValues questionIds;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                questionIds = context.reader().getNumericDocValues(IndexFields.QUESTION_ID);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (questionIds != null && questionIds.advanceExact(doc)) {
                    ids.add(new BytesRef(Long.toString(questionIds.longValue())));
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return ids;
    }
}
