package org.parley.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parley.post.RelatedQuestions;
import org.springframework.stereotype.Service;

/**
 * Search for the page and the API. This first engine scores substring matches of the query's words
 * in titles, bodies and answers; it keeps the query syntax, filters, snippets and the best-matching
 * post, so the Lucene engine can take its place behind the same methods.
 */
@Service
public class SearchService implements RelatedQuestions {

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "how", "what", "why", "does", "can",
            "not", "this", "that", "from", "when", "into", "have", "has", "are", "was", "you", "your", "there", "which",
            "a", "an", "to", "of", "in", "on", "is", "it", "i", "my", "do", "or", "be", "by", "at", "as", "if");

    private final TextMatchStore store;

    SearchService(TextMatchStore store) {
        this.store = store;
    }

    public SearchResults search(SearchQuery query) {
        QueryText text = QueryText.parse(query.text());
        List<String> terms = significant(text.wanted());
        List<Scored> scored = new ArrayList<>();
        for (TextMatchStore.Candidate c : store.candidates(terms)) {
            if (!passes(c, query, text)) {
                continue;
            }
            scored.add(score(c, terms));
        }
        Comparator<Scored> order = query.sort() == SearchQuery.SearchSort.NEWEST
                ? Comparator.comparingLong((Scored s) -> s.candidate().createdAt()).reversed()
                : Comparator.comparingDouble(Scored::score).reversed();
        scored.sort(order);
        int from = Math.min(scored.size(), (query.page() - 1) * query.pageSize());
        int to = Math.min(scored.size(), from + query.pageSize());
        List<SearchHit> hits = scored.subList(from, to).stream().map(s -> hit(s, terms)).toList();
        return new SearchResults(query, scored.size(), hits);
    }

    @Override
    public List<Related> similarTo(String title, String body, long excludeQuestionId, int limit) {
        List<String> terms = significant(Arrays.asList((title == null ? "" : title).split("[^\\p{L}\\p{N}_]+")));
        return store.candidates(terms).stream()
                .filter(c -> c.questionId() != excludeQuestionId)
                .map(c -> new Scored(c, titleOverlap(c.title(), terms) + (c.answerCount() > 0 ? 0.5 : 0), c.questionId(), "question", c.title()))
                .filter(s -> s.score() >= 1)
                .sorted(Comparator.comparing((Scored s) -> s.candidate().answerCount() == 0)
                        .thenComparing(Comparator.comparingDouble(Scored::score).reversed()))
                .limit(limit)
                .map(s -> new Related(s.candidate().questionId(), s.candidate().title(), s.candidate().answerCount(),
                        s.candidate().accepted(), s.candidate().score()))
                .toList();
    }

    private record Scored(TextMatchStore.Candidate candidate, double score, long postId, String postType, String text) {
    }

    private static boolean passes(TextMatchStore.Candidate c, SearchQuery query, QueryText text) {
        List<String> tags = c.tags() == null ? List.of() : Arrays.asList(c.tags().split(" "));
        String all = (c.title() + "\n" + c.body() + "\n"
                + String.join("\n", c.answers().stream().map(TextMatchStore.AnswerText::body).toList())).toLowerCase(Locale.ROOT);
        Boolean answered = text.answered() != null ? text.answered() : query.answered();
        return (query.tag() == null || tags.contains(query.tag()))
                && tags.containsAll(text.tags())
                && (answered == null || answered == (c.answerCount() > 0))
                && (text.user() == null || text.user().equals(c.authorHandle()))
                && text.phrases().stream().allMatch(p -> all.contains(p.toLowerCase(Locale.ROOT)))
                && text.excluded().stream().noneMatch(x -> all.contains(x.toLowerCase(Locale.ROOT)));
    }

    private static Scored score(TextMatchStore.Candidate c, List<String> terms) {
        double best = 3 * count(c.title(), terms) + count(c.body(), terms);
        long postId = c.questionId();
        String type = "question";
        String text = c.body();
        for (TextMatchStore.AnswerText a : c.answers()) {
            double s = count(a.body(), terms);
            if (s > count(c.body(), terms) && s > 0) {
                postId = a.id();
                type = "answer";
                text = a.body();
                best = Math.max(best, 3 * count(c.title(), terms) + s);
            }
        }
        double boost = (c.accepted() ? 0.3 : c.answerCount() > 0 ? 0.15 : 0) + Math.min(c.score(), 10) * 0.02;
        return new Scored(c, best + boost, postId, type, text);
    }

    private static SearchHit hit(Scored s, List<String> terms) {
        TextMatchStore.Candidate c = s.candidate();
        return new SearchHit(c.questionId(), s.postId(), s.postType(), c.title(), Snippets.of(s.text(), terms),
                s.score(), c.answerCount(), c.accepted(),
                c.sourceSystem() == null ? null : new SearchHit.SourceRef(c.sourceSystem(), c.sourceRef(), c.sourceAuthor()));
    }

    private static int count(String text, List<String> terms) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        int n = 0;
        for (String t : terms) {
            if (lower.contains(t.toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    private static double titleOverlap(String title, List<String> terms) {
        return count(title, terms);
    }

    private static List<String> significant(List<String> words) {
        return words.stream().map(String::strip)
                .filter(w -> w.length() >= 2 && !STOP.contains(w.toLowerCase(Locale.ROOT)))
                .distinct().limit(12).toList();
    }
}
