package org.parley.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Numbers of single documents read from doc values, and the thread documents of questions.
 * Stored fields would do too, but each read decompresses a block; on a page of results that was
 * most of the time spent outside scoring.
 */
final class DocNumbers {

    private DocNumbers() {
    }

    /** The value of a numeric doc-values field (single or sorted-numeric) of one document, or {@code missing}. */
    static long of(IndexReader reader, int doc, String field, long missing) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), field);
        return values.advanceExact(doc - leaf.docBase) ? values.nextValue() : missing;
    }

    /**
     * The values of a field for many documents, in the order given: one doc-values iterator per
     * segment instead of one per document.
     */
    static long[] of(IndexReader reader, int[] docs, String field, long missing) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        long[] values = new long[docs.length];
        LeafReaderContext leaf = null;
        SortedNumericDocValues leafValues = null;
        for (int i : order) {
            int doc = docs[i];
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
                leafValues = DocValues.getSortedNumeric(leaf.reader(), field);
            }
            values[i] = leafValues.advanceExact(doc - leaf.docBase) ? leafValues.nextValue() : missing;
        }
        return values;
    }

    static long questionId(IndexReader reader, int doc) throws IOException {
        return of(reader, doc, IndexFields.QUESTION_ID, -1);
    }

    /** The {@code thread} document of each question that has one. */
    static Map<Long, Integer> threadDocs(IndexSearcher searcher, Collection<Long> questionIds) throws IOException {
        if (questionIds.isEmpty()) {
            return Map.of();
        }
        List<BytesRef> ids = new ArrayList<>(questionIds.size());
        questionIds.forEach(id -> ids.add(new BytesRef(Long.toString(id))));
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_THREAD)), Occur.FILTER)
                .add(new TermInSetQuery(IndexFields.QUESTION_ID, ids), Occur.FILTER)
                .build();
        Map<Long, Integer> docs = new HashMap<>();
        for (ScoreDoc sd : searcher.search(query, questionIds.size()).scoreDocs) {
            docs.put(questionId(searcher.getIndexReader(), sd.doc), sd.doc);
        }
        return docs;
    }
}
