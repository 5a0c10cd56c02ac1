package org.parley.search;

import org.parley.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /search}: results with highlighted snippets, filters and order. */
@Controller
class SearchPage {

    private final SearchService search;

    SearchPage(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(PageContext ctx, @RequestParam(required = false) String q, @RequestParam(required = false) String tag,
                  @RequestParam(required = false) String answered, @RequestParam(required = false) String sort,
                  @RequestParam(required = false) Integer page, Model model) {
        SearchQuery query = SearchQuery.parse(q, tag, answered, sort, page, 20);
        model.addAttribute("ctx", ctx);
        model.addAttribute("results", query.text().isEmpty() ? null : search.search(query));
        model.addAttribute("query", query);
        model.addAttribute("answered", answered == null ? "any" : answered);
        return "search/search";
    }
}
