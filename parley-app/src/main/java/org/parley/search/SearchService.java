package org.parley.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.parley.post.RelatedQuestions;
import org.springframework.stereotype.Service;

/**
 * Search for the page, the API, the ask page's similar questions and {@code parley eval}.
 *
 * <p>Ranking is hybrid: BM25 over weighted fields with the technical analysis (see
 * {@link LexicalQuery}), times a small {@link QualityBoost}, blended by score with a
 * sentence-vector search over the same threads when embeddings are on. Filters, phrases and
 * exclusions bind both halves. Each hit then names its best-matching post and a highlighted snippet
 * ({@link BestPosts}).
 */
@Service
public class SearchService implements RelatedQuestions {

    /** How deep each half of hybrid ranking looks before fusing. */
    private static final int FUSION_DEPTH = 100;
    /** Vector hits below this similarity ((1 + cosine) / 2) are noise, not paraphrases; also the zero of the blend. */
    private static final float MIN_DENSE_SCORE = 0.62f;
    /** How much of a question's body the similar-questions search reads (its terms, and its vector). */
    private static final int SIMILAR_BODY_WORDS = 60;
    /** Where similar questions look for those terms, and what a match in each is worth. */
    private static final Map<String, Float> SIMILAR_FIELDS = IndexFields.THREAD_WEIGHTS;
    /** The same fields, question bodies first: terms are analysed and their rarity judged as there. */
    private static final List<String> SIMILAR_FIELD_NAMES = Stream.concat(Stream.of(IndexFields.BODY),
            SIMILAR_FIELDS.keySet().stream().filter(f -> !f.equals(IndexFields.BODY)).sorted()).toList();
    /** What a term's match in a second field adds to its best field, as in the search box's queries. */
    private static final float SIMILAR_FIELD_TIE = 0.3f;
    /** How many terms it searches: the most distinctive ({@link DistinctiveTerms}). */
    private static final int SIMILAR_TERMS = 16;
    /** The vector share is halved for searches that name identifiers or codes. */
    private static final double TECHNICAL_DENSE_FACTOR = 0.5;
    /** How many of the best lexical matches proximity and quality may reorder. */
    private static final int RESCORE_WINDOW = 100;
    /** Matches are counted exactly up to here; beyond, the total is a lower bound and counting stops. */
    static final int EXACT_COUNT_UP_TO = 1000;

    private final SearchIndex index;
    private final SearchProperties properties;
    private final LexicalQuery lexical;
    private final BestPosts bestPosts;

    SearchService(SearchIndex index, SearchProperties properties) {
        this.index = index;
        this.properties = properties;
        this.lexical = new LexicalQuery(index.queryAnalyzer());
        this.bestPosts = new BestPosts(index.indexAnalyzer());
    }

    public SearchResults search(SearchQuery query) {
        return search(query, Mode.HYBRID);
    }

    /** Which halves rank: both (what users get), or one alone to compare them in {@code parley eval}. */
    enum Mode { LEXICAL, DENSE, HYBRID }

    SearchResults search(SearchQuery query, Mode mode) {
        QueryText text = QueryText.parse(query.text());
        Boolean answered = text.answered() != null ? text.answered() : query.answered();
        List<String> tags = new ArrayList<>(text.tags());
        if (query.tag() != null) {
            tags.add(query.tag());
        }
        Filters filters = new Filters(tags, answered, text.user(), -1);
        int needed = query.page() * query.pageSize();
        boolean newest = query.sort() == SearchQuery.SearchSort.NEWEST;
        return index.search(new SearchIndex.SearchFunction<>() {
            @Override
            public SearchResults apply(IndexSearcher searcher) throws IOException {
                QueryVector vector = new QueryVector(index.embeddings(), text);
                Ranking ranking = rank(searcher, text, vector, filters, needed, newest, mode);
                int from = Math.min(ranking.threads().size(), (query.page() - 1) * query.pageSize());
                int to = Math.min(ranking.threads().size(), from + query.pageSize());
                List<RankedThread> page = ranking.threads().subList(from, to);
                return new SearchResults(query, ranking.total(), ranking.totalIsExact(), hits(searcher, page, text, vector));
            }

            @Override
            public SearchResults emptyIndex() {
                return new SearchResults(query, 0, true, List.of());
            }
        });
    }

    private List<SearchHit> hits(IndexSearcher searcher, List<RankedThread> page, QueryText text, QueryVector vector)
            throws IOException {
        List<Long> questionIds = page.stream().map(RankedThread::questionId).toList();
        Map<Long, Integer> threads = DocNumbers.threadDocs(searcher, questionIds);
        boolean byVector = index.embeddings().enabled() && !text.wanted().isEmpty();
        Map<Long, BestPosts.Choice> posts = bestPosts.choose(searcher, questionIds,
                lexical.text(text, IndexFields.POST_WEIGHTS), byVector ? vector : null);
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (RankedThread r : page) {
            Integer threadDoc = threads.get(r.questionId());
            if (threadDoc != null) {
                hits.add(hit(searcher, r, searcher.storedFields().document(threadDoc), posts.get(r.questionId())));
            }
        }
        return hits;
    }

    @Override
    public List<Related> similarTo(String title, String body, long excludeQuestionId, int limit) {
        // Quotes and operators in a draft are prose here, not syntax.
        List<String> titleWords = plainWords(title == null ? "" : title);
        List<String> bodyWords = plainWords(body == null ? "" : body);
        List<String> bodyStart = bodyWords.subList(0, Math.min(bodyWords.size(), SIMILAR_BODY_WORDS));
        List<String> read = new ArrayList<>(titleWords);
        read.addAll(bodyStart);
        if (read.isEmpty()) {
            return List.of();
        }
        QueryText whole = new QueryText(read, List.of(), List.of(), List.of(), null, null);
        String weighedTitle = String.join(" ", titleWords);
        String weighedBody = String.join(" ", bodyStart);
        Filters filters = new Filters(List.of(), null, null, excludeQuestionId);
        return index.search(new SearchIndex.SearchFunction<>() {
            @Override
            public List<Related> apply(IndexSearcher searcher) throws IOException {
                List<Related> related = new ArrayList<>();
                // A term only the question itself holds finds nothing else.
                int minDocFreq = excludeQuestionId > 0 ? 2 : 1;
                List<DistinctiveTerms.Weighted> terms = DistinctiveTerms.of(weighedTitle, weighedBody, SIMILAR_TERMS,
                        minDocFreq, index.queryAnalyzer(), searcher.getIndexReader(), SIMILAR_FIELD_NAMES);
                if (terms.isEmpty()) {
                    return List.of();
                }
                boolean hybrid = index.embeddings().enabled();
                Ranking ranking = moreLike(searcher, terms, filters, hybrid ? Math.max(limit * 2, FUSION_DEPTH) : limit * 2);
                if (hybrid) {
                    // The terms pick the lexical candidates; the vector reads the whole question.
                    QueryVector vector = new QueryVector(index.embeddings(), whole);
                    ranking = fuse(ranking, dense(searcher, whole, vector, filters, null), whole.hasTechnicalTerms());
                }
                List<RankedThread> ranked = ranking.threads().subList(0, Math.min(limit * 2, ranking.threads().size()));
                Map<Long, Integer> threads = DocNumbers.threadDocs(searcher, ranked.stream().map(RankedThread::questionId).toList());
                for (RankedThread r : ranked) {
                    if (!threads.containsKey(r.questionId())) {
                        continue;
                    }
                    Document d = searcher.storedFields().document(threads.get(r.questionId()));
                    int answers = d.getField(IndexFields.ANSWER_COUNT).numericValue().intValue();
                    related.add(new Related(r.questionId(), d.get(IndexFields.TITLE), answers,
                            d.getField(IndexFields.ACCEPTED).numericValue().intValue() == 1,
                            d.getField(IndexFields.SCORE).numericValue().intValue()));
                }
                // Answered questions first (they can solve the asker's problem now), by relevance within.
                related.sort(Comparator.comparing((Related r) -> r.answerCount() == 0));
                return related.subList(0, Math.min(limit, related.size()));
            }

            @Override
            public List<Related> emptyIndex() {
                return List.of();
            }
        });
    }

    private static List<String> plainWords(String text) {
        String plain = text.replaceAll("[\"]", " ").replaceAll("(^|\\s)[-]", " ");
        return List.of(plain.strip().split("\\s+")).stream().filter(w -> !w.isBlank() && !w.contains(":")).toList();
    }

    /** Who may appear in the results, whatever the words. */
    private record Filters(List<String> tags, Boolean answered, String user, long excludeQuestionId) {

        boolean allowsAll() {
            return tags.isEmpty() && answered == null && user == null && excludeQuestionId <= 0;
        }

        void addTo(BooleanQuery.Builder b) {
            b.add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_THREAD)), Occur.FILTER);
            for (String tag : tags) {
                b.add(new TermQuery(new Term(IndexFields.TAGS, tag)), Occur.FILTER);
            }
            if (answered != null) {
                Query hasAnswers = IntField.newRangeQuery(IndexFields.ANSWER_COUNT, 1, Integer.MAX_VALUE);
                b.add(hasAnswers, answered ? Occur.FILTER : Occur.MUST_NOT);
            }
            if (user != null) {
                b.add(new TermQuery(new Term(IndexFields.AUTHORS, user)), Occur.FILTER);
            }
            if (excludeQuestionId > 0) {
                b.add(new TermQuery(new Term(IndexFields.QUESTION_ID, Long.toString(excludeQuestionId))), Occur.MUST_NOT);
            }
        }
    }

    /** Threads in order; {@code total} counts every match up to {@link #EXACT_COUNT_UP_TO}, then is a lower bound. */
    private record Ranking(long total, boolean totalIsExact, List<RankedThread> threads) {
    }

    private Ranking rank(IndexSearcher searcher, QueryText text, QueryVector vector, Filters filters, int needed, boolean newest,
                         Mode mode) throws IOException {
        Query words = lexical.text(text, IndexFields.THREAD_WEIGHTS);
        Query excluded = lexical.excluded(text, IndexFields.THREAD_WEIGHTS);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        filters.addTo(b);
        b.add(words == null ? new MatchAllDocsQuery() : words, Occur.MUST);
        if (excluded != null) {
            b.add(excluded, Occur.MUST_NOT);
        }
        if (words == null && !text.isEmpty()) {
            // Every word was a stop word or punctuation: nothing to look for.
            return new Ranking(0, true, List.of());
        }
        Query lexicalQuery = b.build();
        boolean hybrid = mode != Mode.LEXICAL && !newest && words != null && index.embeddings().enabled();
        int depth = Math.max(1, hybrid ? Math.max(needed, FUSION_DEPTH) : needed);
        Ranking lexicalRanking = newest
                ? newest(searcher, lexicalQuery, depth)
                : bestMatches(searcher, lexicalQuery, lexical.proximity(text, IndexFields.THREAD_WEIGHTS), depth);
        if (!hybrid) {
            return lexicalRanking;
        }
        List<RankedThread> denseHits = dense(searcher, text, vector, filters, excluded);
        if (mode == Mode.DENSE) {
            return new Ranking(denseHits.size(), true, denseHits);
        }
        return fuse(lexicalRanking, denseHits, text.hasTechnicalTerms());
    }

    /**
     * The lexical ranking: the best {@code max(depth, RESCORE_WINDOW)} threads by BM25 (Lucene skips
     * blocks that cannot make the top, so a word in half the index costs little), rescored by word
     * proximity and {@link QualityBoost}. Both rescorings only move threads by a few tens of percent,
     * so looking beyond the window would change little and cost much.
     */
    private static Ranking bestMatches(IndexSearcher searcher, Query query, Query proximity, int depth) throws IOException {
        int window = Math.max(depth, RESCORE_WINDOW);
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(window, EXACT_COUNT_UP_TO));
        if (proximity != null && top.scoreDocs.length > 1) {
            top = new QueryRescorer(proximity) {
                @Override
                protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                    return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
                }
            }.rescore(searcher, top, window);
        }
        List<RankedThread> threads = withQuality(searcher, top);
        return new Ranking(top.totalHits.value, top.totalHits.relation == TotalHits.Relation.EQUAL_TO,
                threads.subList(0, Math.min(depth, threads.size())));
    }

    /**
     * The lexical half of similar questions: the question's distinctive terms, each the best of its fields, as one
     * disjunction scored by BM25 and {@link QualityBoost}. Single terms (no per-word conjunction, no proximity) and no
     * exact hit count let Lucene skip every block that cannot reach the top {@code depth}.
     */
    private static Ranking moreLike(IndexSearcher searcher, List<DistinctiveTerms.Weighted> terms, Filters filters,
                                    int depth) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (DistinctiveTerms.Weighted t : terms) {
            List<Query> perField = new ArrayList<>();
            SIMILAR_FIELDS.forEach((field, weight) -> perField.add(new BoostQuery(new TermQuery(new Term(field, t.term())), weight)));
            any.add(new DisjunctionMaxQuery(perField, SIMILAR_FIELD_TIE), Occur.SHOULD);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        filters.addTo(b);
        b.add(any.build(), Occur.MUST);
        TopDocs top = searcher.search(b.build(), new TopScoreDocCollectorManager(depth, depth));
        List<RankedThread> threads = withQuality(searcher, top);
        return new Ranking(threads.size(), false, threads);
    }

    /** The hits' threads, each BM25 score times its {@link QualityBoost}, best first. */
    private static List<RankedThread> withQuality(IndexSearcher searcher, TopDocs top) throws IOException {
        int[] docs = Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray();
        long[] questionIds = DocNumbers.of(searcher.getIndexReader(), docs, IndexFields.QUESTION_ID, -1);
        double[] quality = QualityBoost.of(searcher.getIndexReader(), docs);
        List<RankedThread> threads = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            threads.add(new RankedThread(questionIds[i], top.scoreDocs[i].score * quality[i]));
        }
        threads.sort(Comparator.comparingDouble(RankedThread::score).reversed());
        return threads;
    }

    private static Ranking newest(IndexSearcher searcher, Query query, int depth) throws IOException {
        TopDocs top = searcher.search(query, new TopFieldCollectorManager(
                new Sort(new SortedNumericSortField(IndexFields.CREATED, SortField.Type.LONG, true)), depth, EXACT_COUNT_UP_TO));
        int[] docs = Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray();
        List<RankedThread> threads = new ArrayList<>(docs.length);
        for (long questionId : DocNumbers.of(searcher.getIndexReader(), docs, IndexFields.QUESTION_ID, -1)) {
            threads.add(new RankedThread(questionId, 0));
        }
        return new Ranking(top.totalHits.value, top.totalHits.relation == TotalHits.Relation.EQUAL_TO, threads);
    }

    /**
     * Blends the two rankings by score. Each half is scaled to its own best hit (BM25 divided by the
     * top score; similarity from the noise floor {@link #MIN_DENSE_SCORE} up to the best passage), so
     * a half that is sure of its top hit keeps it, and a thread found by both halves adds both. Rank
     * fusion (RRF) throws that confidence away: on the development set it scored 0.76 MRR in
     * leave-one-out cross-validation against 0.86 for this blend (docs/search.md). A search naming
     * code (an identifier, a hex code) halves the vector share: a sentence model blurs identifiers,
     * and an exact match of a rare one must not lose to a thread that merely reads alike.
     */
    private Ranking fuse(Ranking lexicalRanking, List<RankedThread> denseHits, boolean technical) {
        List<RankedThread> lexicalHits = lexicalRanking.threads();
        Map<Long, Double> blended = new HashMap<>();
        Map<Long, RankedThread> byQuestion = new HashMap<>();
        double denseWeight = properties.denseWeight() * (technical ? TECHNICAL_DENSE_FACTOR : 1.0);
        if (!lexicalHits.isEmpty()) {
            double top = lexicalHits.get(0).score();
            for (RankedThread r : lexicalHits) {
                blended.merge(r.questionId(), (1 - denseWeight) * (top > 0 ? r.score() / top : 1), Double::sum);
                byQuestion.put(r.questionId(), r);
            }
        }
        long denseOnly = 0;
        if (!denseHits.isEmpty()) {
            double range = denseHits.get(0).score() - MIN_DENSE_SCORE;
            for (RankedThread r : denseHits) {
                if (byQuestion.putIfAbsent(r.questionId(), r) == null) {
                    denseOnly++;
                }
                double scaled = range > 0 ? (r.score() - MIN_DENSE_SCORE) / range : 1;
                blended.merge(r.questionId(), denseWeight * scaled, Double::sum);
            }
        }
        List<RankedThread> threads = blended.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new RankedThread(e.getKey(), e.getValue()))
                .toList();
        return new Ranking(lexicalRanking.total() + denseOnly, lexicalRanking.totalIsExact(), threads);
    }

    private List<RankedThread> dense(IndexSearcher searcher, QueryText text, QueryVector vector, Filters filters,
                                     Query excluded)
            throws IOException {
        List<String> wanted = text.wanted();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Query phrases = lexical.requiredPhrases(text, IndexFields.THREAD_WEIGHTS);
        Query threadFilter = null;
        if (!filters.allowsAll() || phrases != null || excluded != null) {
            BooleanQuery.Builder filter = new BooleanQuery.Builder();
            filters.addTo(filter);
            if (phrases != null) {
                filter.add(phrases, Occur.FILTER);
            }
            if (excluded != null) {
                filter.add(excluded, Occur.MUST_NOT);
            }
            threadFilter = filter.build();
        }
        return PassageSearch.rank(searcher, vector.get(), threadFilter, FUSION_DEPTH, MIN_DENSE_SCORE);
    }

    private static SearchHit hit(IndexSearcher searcher, RankedThread r, Document thread, BestPosts.Choice post)
            throws IOException {
        Document best = post.postDoc() < 0 ? null : searcher.storedFields().document(post.postDoc());
        String source = thread.get(IndexFields.SOURCE_SYSTEM);
        return new SearchHit(r.questionId(),
                best == null ? r.questionId() : best.getField(IndexFields.POST_ID).numericValue().longValue(),
                best == null ? "question" : best.get(IndexFields.POST_TYPE),
                thread.get(IndexFields.TITLE),
                best == null ? BestPosts.opening(thread.get(IndexFields.TITLE)) : post.snippet(),
                r.score(),
                thread.getField(IndexFields.ANSWER_COUNT).numericValue().intValue(),
                thread.getField(IndexFields.ACCEPTED).numericValue().intValue() == 1,
                source == null ? null : new SearchHit.SourceRef(source, thread.get(IndexFields.SOURCE_REF),
                        thread.get(IndexFields.SOURCE_AUTHOR)));
    }
}
