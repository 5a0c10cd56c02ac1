package org.parley.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.springframework.web.util.HtmlUtils;

/**
 * For a page of results, the post of each thread that matches best and its snippet.
 *
 * <p>The best post is the question or answer that matches the words best, accepted answers
 * (×1.25) and trusted ones (×1.1) winning near-ties; by vector similarity when no word matched (a
 * paraphrase); else the question. One search covers the whole page. Snippets come from the offsets
 * stored in the postings of {@link IndexFields#POST_BODY}, so no text is analysed again: HTML-escaped
 * text with matches in {@code <mark>}, or the post's opening when nothing in it matched.
 */
final class BestPosts {

    private static final int SNIPPET_WIDTH = 220;
    /** Matches further into a post than this are not looked for; its opening is shown instead. */
    private static final int HIGHLIGHT_MAX_CHARS = 64 * 1024;
    private static final int POSTS_PER_THREAD = 50;

    private final Analyzer indexAnalyzer;

    BestPosts(Analyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    /** A thread's chosen post document (or -1 when the thread has none) with its snippet. */
    record Choice(int postDoc, String snippet) {
    }

    Map<Long, Choice> choose(IndexSearcher searcher, List<Long> questionIds, Query postWords, QueryVector vector)
            throws IOException {
        Map<Long, Integer> chosen = postDocs(searcher, questionIds, postWords, vector);
        List<Long> withPost = questionIds.stream().filter(id -> chosen.get(id) >= 0).toList();
        String[] highlighted = highlight(searcher, withPost.stream().mapToInt(chosen::get).toArray(), postWords);
        Map<Long, Choice> choices = new HashMap<>();
        for (int i = 0; i < withPost.size(); i++) {
            long id = withPost.get(i);
            int doc = chosen.get(id);
            String snippet = highlighted[i] != null ? squeeze(highlighted[i])
                    : opening(searcher.storedFields().document(doc).get(IndexFields.POST_BODY));
            choices.put(id, new Choice(doc, snippet));
        }
        for (Long id : questionIds) {
            choices.putIfAbsent(id, new Choice(-1, null));
        }
        return choices;
    }

    /** The opening of a text as a snippet: escaped, whitespace squeezed, cut at the snippet width. */
    static String opening(String text) {
        String plain = text == null ? "" : squeeze(text);
        return HtmlUtils.htmlEscape(plain.length() > SNIPPET_WIDTH ? plain.substring(0, SNIPPET_WIDTH) + "…" : plain);
    }

    private Map<Long, Integer> postDocs(IndexSearcher searcher, List<Long> questionIds, Query postWords, QueryVector vector)
            throws IOException {
        Map<Long, Integer> best = new HashMap<>();
        if (postWords != null && !questionIds.isEmpty()) {
            Map<Long, Double> bestScore = new HashMap<>();
            IndexReader reader = searcher.getIndexReader();
            TopDocs top = searcher.search(new BooleanQuery.Builder()
                    .add(postsOf(questionIds), Occur.FILTER)
                    .add(postWords, Occur.MUST).build(), POSTS_PER_THREAD * questionIds.size());
            int[] docs = Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray();
            long[] questions = DocNumbers.of(reader, docs, IndexFields.QUESTION_ID, -1);
            long[] accepted = DocNumbers.of(reader, docs, IndexFields.ACCEPTED, 0);
            long[] trusted = DocNumbers.of(reader, docs, IndexFields.TRUSTED, 0);
            for (int i = 0; i < docs.length; i++) {
                double s = top.scoreDocs[i].score * (accepted[i] == 1 ? 1.25 : 1.0) * (trusted[i] == 1 ? 1.1 : 1.0);
                if (s > bestScore.getOrDefault(questions[i], -1.0)) {
                    bestScore.put(questions[i], s);
                    best.put(questions[i], docs[i]);
                }
            }
        }
        for (long questionId : questionIds) {
            if (!best.containsKey(questionId)) {
                best.put(questionId, withoutWords(searcher, questionId, vector));
            }
        }
        return best;
    }

    /** The nearest post by vector when embeddings are on, else the question; -1 when the thread has no posts. */
    private static int withoutWords(IndexSearcher searcher, long questionId, QueryVector vector) throws IOException {
        if (vector != null) {
            long postId = PassageSearch.nearestPost(searcher, vector.get(), questionId);
            if (postId >= 0) {
                int doc = first(searcher, new BooleanQuery.Builder()
                        .add(postsOf(List.of(questionId)), Occur.FILTER)
                        .add(NumericDocValuesField.newSlowExactQuery(IndexFields.POST_ID, postId), Occur.FILTER).build());
                if (doc >= 0) {
                    return doc;
                }
            }
        }
        return first(searcher, new BooleanQuery.Builder()
                .add(postsOf(List.of(questionId)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.POST_TYPE, "question")), Occur.FILTER).build());
    }

    private static Query postsOf(List<Long> questionIds) {
        List<BytesRef> ids = new ArrayList<>(questionIds.size());
        questionIds.forEach(id -> ids.add(new BytesRef(Long.toString(id))));
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_POST)), Occur.FILTER)
                .add(new TermInSetQuery(IndexFields.QUESTION_ID, ids), Occur.FILTER).build();
    }

    private static int first(IndexSearcher searcher, Query query) throws IOException {
        TopDocs top = searcher.search(query, 1);
        return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
    }

    private String[] highlight(IndexSearcher searcher, int[] docs, Query postWords) throws IOException {
        if (postWords == null || docs.length == 0) {
            return new String[docs.length];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_WIDTH, 0.3f))
                .withMaxLength(HIGHLIGHT_MAX_CHARS)
                .withMaxNoHighlightPassages(0)
                // Marks each matching word from the terms the query names, instead of asking the whole
                // multi-field query which positions match in each post. The words get the same marks; a
                // quoted phrase's words are marked one by one instead of as one span. Highlighting fell
                // from 22% to 15% of the lexical search profile (JFR, one run each on a loaded machine).
                .withWeightMatches(false)
                .build();
        String[] field = {IndexFields.POST_BODY};
        return highlighter.highlightFields(field, postWords, docs, new int[] {1}).get(IndexFields.POST_BODY);
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
