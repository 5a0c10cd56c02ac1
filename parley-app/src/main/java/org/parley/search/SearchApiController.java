package org.parley.search;

import java.util.List;

import org.parley.post.RelatedQuestions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search and similar questions over JSON; the same service as the search page. */
@RestController
@RequestMapping("/api/v1")
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    /** {@code total} is a lower bound when {@code totalIsExact} is false (very common words; see docs/api.md). */
    record SearchPage(long total, boolean totalIsExact, int page, int pageSize, List<SearchHit> items) {
    }

    @GetMapping("/search")
    SearchPage search(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
                      @RequestParam(required = false) String answered, @RequestParam(required = false) String sort,
                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize) {
        SearchQuery query = SearchQuery.parse(q, tag, answered, sort, page, pageSize);
        SearchResults results = search.search(query);
        return new SearchPage(results.total(), results.totalIsExact(), query.page(), query.pageSize(), results.items());
    }

    @GetMapping("/questions/similar")
    List<RelatedQuestions.Related> similar(@RequestParam(defaultValue = "") String title,
                                           @RequestParam(defaultValue = "") String body,
                                           @RequestParam(required = false) Integer limit) {
        int max = limit == null ? 8 : Math.max(1, Math.min(limit, 20));
        return search.similarTo(title.length() > 300 ? title.substring(0, 300) : title,
                body.length() > 5000 ? body.substring(0, 5000) : body, -1, max);
    }
}
